// Passwords too common to accept. The list below was written for this project
// from the passwords that recur at the top of publicly reported breach
// statistics (the "most common passwords" rankings published from leaked
// password dumps), keyboard walks, digit runs, and Vietnamese favourites
// ("matkhau", "anhyeuem", "123456a" …), all lower-cased. It is matched
// case-insensitively, and also after stripping trailing digits and symbols,
// because "dragon2024!" is as guessable as "dragon": attackers try every entry
// with those suffixes first.
//
// Only passwords of at least 10 characters reach this check (shorter ones are
// refused earlier), yet short entries stay useful as bases for the suffix rule.

const LIST = `
123456 123456789 12345678 12345 1234567 1234567890 password qwerty 111111 123123
abc123 1234 password1 iloveyou 1q2w3e4r 000000 qwerty123 zaq12wsx dragon sunshine
princess letmein 654321 monkey 27653 1qaz2wsx 123321 qwertyuiop superman asdfghjkl
football baseball welcome login admin master hello freedom whatever qazwsx trustno1
shadow ashley michael mustang jennifer 696969 121212 batman access starwars charlie
donald 7777777 888888 123qwe aa123456 passw0rd p@ssw0rd p@ssword pa55word password123
password12 password1234 password12345 passwords pass1234 pass12345 passpass qwerty1 qwerty12
qwerty1234 qwerty12345 qwertyu qwertz qwertzuiop azerty azertyuiop asdf asdfgh asdfghjk
asdf1234 asdfasdf zxcvbn zxcvbnm zxcvbnm123 1qazxsw2 1q2w3e 1q2w3e4r5t 1q2w3e4r5t6y
q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 qweasd qweasdzxc qweqwe qwe123 qwe123456 123qweasd
123qweasdzxc 1qaz2wsx3edc zaq1xsw2 zaq1zaq1 !qaz2wsx !qaz@wsx 1qaz@wsx qaz123 wsx123
1234qwer qwer1234 abcd1234 abc12345 abcdef abcdefg abcdefgh abcdefghi abcdefghij
abcd abc abcabc abc123456 a123456 a12345 a1234567 a12345678 a123456789 123456a 12345a
1234567a 12345678a 123456789a 123456aa 123abc 1a2b3c 1a2b3c4d a1b2c3 a1b2c3d4
aaaaaa aaaaaaaa aaaaaaaaaa 000000000 0000000000 0123456789 9876543210 987654321 98765432
87654321 7654321 1111111 11111111 111111111 1111111111 2222222222 5555555555 123123123
123123123123 123412341234 1234512345 123456123456 12341234 11223344 112233 11223344556677
102030 10203040 1020304050 147258 147258369 159357 159753 1597532486 123654 147852
147852369 741852963 963852741 369258147 258456 456789 4567890 789456 789456123 789789
999999 9999999999 666666 6666666666 777777 7777777777 555555 5555555 444444 333333
222222 131313 232323 141414 112233445566 123789 321321 321654 654321987 1234554321
12344321 123454321 135790 13579 2468 24680 246810 520520 521521 5201314 1314520
iloveyou1 iloveyou2 iloveyou123 iloveu iloveyou! ilovegod ilovejesus ilovemom ilovemyself
loveme lovely loveyou love123 love1234 lover lovers loving lovelove mylove truelove
princess1 princesa babygirl babyboy baby123 angel angels angel1 angelina sweetheart
sweetie honey honey123 cutie cute darling beautiful pretty flower flowers butterfly
rainbow sunflower summer winter autumn spring snowball snowflake starlight moonlight
sunshine1 shine happy happy123 happiness smile smiley funny lucky lucky7 blessed
blessing faith jesus jesus1 christ christian god godisgood heaven angel123 trinity
michael1 jessica jessica1 daniel daniel1 robert thomas jordan jordan23 hunter hunter2
ranger buster soccer hockey tennis golf basketball cheese pepper ginger cookie cookies
chocolate banana apple orange peaches cherry strawberry vanilla coffee pizza hamburger
bubbles tigger tiger tigers lion eagle eagles falcon panther panthers bears bulldog
dolphin dolphins turtle monkey1 monkeys donkey horse horses puppy kitty kitten kittycat
doggie snoopy scooby pokemon pikachu naruto sasuke goku dragonball onepiece digimon
batman1 superman1 spiderman ironman hulk avengers marvel starwars1 jedi yoda skywalker
matrix neo harley harley1 mercedes ferrari porsche corvette camaro mustang1 chevy
toyota honda yamaha suzuki nissan bmw audi volvo lexus hyundai kia ford
master1 master123 mastermind killer killer1 assassin ninja samurai warrior knight
legend legends hero heroes champion winner winner1 victory success power power123
secret secret1 secret123 mysecret private hidden unknown nobody someone anybody
letmein1 letmein123 welcome1 welcome123 welcome12 hello1 hello123 hello1234 helloworld
hi123 hey123 yes123 okay ok123 test test1 test123 test1234 testing testing123 tester
demo demo123 guest guest123 user user123 username default changeme changeme123 temp
temp123 temppass newpass newpassword mypass mypassword mypassword1 mypassword123
admin1 admin123 admin1234 admin12345 administrator root root123 toor sysadmin system
system123 server manager support office office123 company business computer computer1
internet network windows windows10 windows11 microsoft apple123 iphone android samsung
google google123 facebook youtube twitter instagram tiktok gmail yahoo hotmail outlook
linkedin zoom skype discord minecraft roblox fortnite steam playstation xbox nintendo
gamer gaming gameover player player1 pokemon1 zelda mario luigi sonic tetris pacman
starcraft warcraft diablo counter dota2 league leagueoflegends valorant overwatch
qwerty! qwerty1! password! password1! passw0rd! welcome! abc123! 123456! 1234567890!
whatever1 nothing something anything everything forever forever1 always never
friends friend bestfriend family mother father mommy daddy sister brother
husband wife baby babe honey1 sweet sugar candy cupcake muffin pumpkin
michelle nicole amanda melissa stephanie samantha elizabeth heather hannah
sarah emily emma olivia sophia isabella madison abigail chloe grace lily
matthew andrew joshua christopher anthony william david richard charles joseph
james john kevin brian george edward steven justin brandon tyler ryan eric
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
vietnam vietnam1 vietnam123 vietnam2024 vietnam2025 saigon hanoi hanoi123 hochiminh
danang haiphong cantho hue nhatrang dalat vungtau halong sapa
matkhau matkhau1 matkhau123 matkhau1234 matkhau12345 matkhaumoi matkhaucuatoi
anhyeuem anhyeuem1 anhyeuem123 anhyeuemnhieu anhyeuemmaimai emyeuanh emyeuanh1
emyeuanh123 emyeuanhnhieu yeuem yeuanh yeuemnhieu yeuanhnhieu yeuemmaimai yeuthuong
toiyeuem toiyeuanh iloveem iloveanh teamo tinhyeu tinhyeu123 yeunhau maimaiyeuem
anhyeuem1314 emyeuanh1314 yeuem123 yeuanh123 hanhphuc hanhphuc123 bemeo bemeo123
conmeo conmeo123 concho concho123 meomeo meocon cuncon cun123 heocon heo123 heoxinh
embe embe123 embeyeu bexinh bexinh123 beyeu beyeu123 cutie123 dethuong dethuong123
xinhdep xinhgai depgai depzai deptrai deptrai123 dz123 pro123 kute kute123
vodanh vodanh123 khongbiet khongco khongcogi quenmatkhau quenroi chucmung
xinchao xinchao123 chaoban hello2024 admin2024 admin2025 password2024 password2025
taikhoan taikhoan123 dangnhap dangnhap123 matma baomat baomat123 bimat bimat123
thanhcong thanhcong123 thanhvien thanhvien123 diendan diendan123 banluan banluan123
vnreview vnreview123 tinhte tinhte123 voz voz123 vozforums webtretho zalo zalo123
vietcombank techcombank vietinbank agribank bidv mbbank momo momo123 shopee lazada
bongda bongda123 manchester manutd chelsea arsenal liverpool barcelona realmadrid
juventus messi ronaldo cr7 neymar football1 soccer1 worldcup
hoangtu congchua thienthan acquy ma quy rong phuonghoang longphung
nguyenvanan nguyenvana tranvanb levanc phamvand 0912345678 0987654321 0123456789a
0909090909 0901234567 0988888888 0999999999 0123123123 0868686868 868686 86868686
686868 68686868 898989 999888 888999 168168 686886 6868 8888 88888888 8888888888
ab123456 abc123abc abcabc123 aaa111 aa1234 a1a1a1 q1q1q1 1a1a1a 123aaa aaa123
zxc123 zxcasdqwe asd123 asd123456 asdasd asdqwe asdzxc qaz123wsx 1234asdf
password01 password02 password11 password22 password99 p4ssw0rd pa$$w0rd pa$$word
passwort motdepasse contrasena contraseña senha parola salasana haslo wachtwoord
adgjmptw adgjmp poiuytrewq lkjhgfdsa mnbvcxz mnbvcxz123 qazwsxedc qazwsxedcrfv
1qaz2wsx3edc4rfv zxcvbnm1 qwertyuiop123 qwertyuiop1 1234qwerasdf qwerasdf qwerasdfzxcv
asdfghjkl1 asdfghjkl123 zaqwsxcde 1qw23er4 1qw2 qw12 qw123 q12345 q123456 q1234567
q123456789 w123456 z123456 s123456 x123456 qwertyqwerty passwordpassword
aaaa bbbb cccc dddd abcabcabc abcdabcd zzzzzz xxxxxx qqqqqq wwwwww
monkey123 dragon123 dragon1 shadow1 shadow123 master12 sunshine123 princess123
football123 baseball1 soccer123 hockey1 jordan1 michael123 charlie1 charlie123
superman123 batman123 pokemon123 naruto123 starwars123 freedom1 freedom123
liverpool1 chelsea1 arsenal1 barcelona1 manchester1 qwerty2024 qwerty2025
iloveyou2024 summer2024 summer2025 winter2024 spring2024 autumn2024 fall2024
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
january1 december1 october1 september1 november1 august1
red blue green yellow black white purple pink orange1 silver gold golden diamond
crystal ruby emerald sapphire pearl platinum titanium
blue123 red123 black123 green123 pink123 purple123 silver1 golden1 diamond1
one two three four five six seven eight nine ten
onetwothree onetwothreefour abcxyz xyz123 xyz xyzxyz
school school123 student student1 teacher teacher1 college university library
doctor nurse police soldier army navy marine pilot engineer
music music123 guitar piano drums rock rockstar rocknroll metal punk hiphop
dance dancer dancing singer song lyrics radio
movie movies cinema film hollywood netflix disney
hello! welcome!! letmein! iloveyou!! trustno1!
q1w2e3 1q2w3e4r5t6y7u8i9o0p 1234567890q q1234567890 1234567890a a1234567890
qwerty123456 123456qwerty 123456789q 123456789z 12345678910 1234567891 12345678900
123456789123 1234567899 123456780 1234567800 1122334455 0987654321q 09876543210
999999999 888888888 777777777 666666666 555555555 444444444 333333333 222222222
11111111111 111111111111 1212121212 121212121212 1231231231 1234123412 2580 25802580
147896325 159632 3698741 7896321 1478963 147896 963258 852456 741852
iloveyou3 iloveyou4 iloveyou5 iloveyou7 loveyou1 loveyou2 loveyou123 iloveyousomuch
iloveyouforever imissyou imissyou1 missyou kissme kisses hugs hugsandkisses
fuckyou fuckyou1 fuckoff fuck shit bitch asshole bastard damn hell sex sexy sexy123
hottie hotstuff naughty playboy playgirl lover1 pussy dick
jesuschrist jesussaves godbless godlovesme lordjesus holyspirit amen hallelujah
chelsea123 arsenal123 liverpool123 barcelona123 realmadrid1 juventus1 messi10 ronaldo7
cristiano neymarjr mbappe haaland
qwerty789 asdf123 zxcv1234 zxcvbnm12 qwertyu123 qwertyui qwertyuio
thisismypassword mynewpassword mysecretpassword youcantguessit guessme guessit
nopassword nopass blank empty null undefined none
computer123 internet123 laptop desktop keyboard mouse monitor printer
princesse prince princeza principe queen king kingkong kingdom empire
lemonade lemon lime mango melon watermelon pineapple coconut kiwi grape
tigerwoods michaeljordan kobebryant lebronjames
batman2024 superman2024 spiderman1 spiderman123 ironman1 captain captainamerica
zeus apollo athena hermes poseidon hades thor odin loki
alpha beta gamma delta omega sigma alphabeta alpha123 omega123
phoenix dragonfly firefly fire ice water earth wind storm thunder lightning
shadow12 ghost ghost123 zombie vampire werewolf demon devil angel12
magic magician wizard merlin gandalf frodo hobbit
12qwaszx 12qwas 1qa2ws3ed 1qa2ws 1qaz1qaz 2wsx3edc 3edc4rfv 4rfv5tgb 1qazzaq1
qwe123qwe 123qwe123 qwe321 ewq321 321ewq 123ewq qweasd123 asdzxc123
aaa123456 aaaaaa1 aaaaa1 abc1234 abcd123 abcde abcde123 abcde12345 abcdefg123
a1s2d3f4 a1s2d3 z1x2c3 z1x2c3v4 1z2x3c4v
access14 action adidas nike puma reebok converse vans gucci prada chanel versace
airborne aircraft airplane airforce alexander alexandra alexis alice alicia allison
amber america american andrea angela animal anime anthony1 april1 arizona arsenal12
asshole1 austin autumn1 avalon babydoll babyface bailey banana1 bandit barbie barney
beach bear beatles beautiful1 beauty beaver beer benjamin bigboy bigdaddy bigdog
birdie birthday biscuit blackcat blazer blondie blowme bluebird blueberry bluesky
bonjour booboo boomer boston brandy brazil brownie bubba buddy buddy1 buffalo bullet
bullshit bunny butter butterfly1 caesar california camera canada candy1 captain1
carlos caroline carolina casper cassie catdog catherine cats cat123 cowboy cowboys
chelsea12 chester chicago chicken chris christina christmas cinderella claudia
clover cocacola coconut1 college1 colorado compaq cooper corona cosmos cricket
crystal1 dakota dallas dancer1 danielle dave death december2024 dennis denver
destiny dexter diamonds dickhead digital dinosaur disney1 doctor1 dodgers dolphin1
dragons dreamer dreams driver eagle1 easter eclipse electric elephant elizabeth1
element energy england enjoy enter enter123 explorer express fantasy farmer ferrari1
fishing florida flower1 flowers1 flyers forest fountain france franklin freddy
frank friday1 friends1 frog frogger galaxy garden gateway gemini genesis george1
germany giants ginger1 girl girls global goddess golden123 golfer goodluck gordon
gracie green1 gregory guitar1 hammer hannah1 happy1 harrypotter hawaii hello12
helpme hermione hockey12 holiday hollywood home homer horny hotdog house houston
hunter1 icecream iceman india indiana internet1 italia italy jackie jackson jaguar
jamaica james1 japan jasmine jasper jennifer1 jeremy jessie johnny joker joseph1
juliet junior jupiter justice justin1 karate kelly kennedy kevin1 kimberly kingdom1
kitkat knight1 ladies lakers laura lauren leonardo liberty life lifehack lights
lincoln linda lionking london lorenzo lovebug lucky1 madison1 maggie magnum malibu
mama mamapapa marina mario1 marlboro marshall martin marvel1 maverick maxwell
melody memphis mercury mexico miami michigan mickey mickeymouse midnight miller
minnie mirror mission mistress money money1 money123 monica monster montana morgan
mother1 motorola mountain movie1 mozart muffin1 murphy music1 nascar natasha nathan
nature newyork nicholas nicole1 nintendo1 november2024 oliver olivia1 orange12
orlando packers pamela panda panda123 paradise paris parker password0 patrick
peace peaceout peanut peanut1 pearl1 penguin pepsi perfect phoenix1 picture pirate
pirates planet player123 please poohbear popcorn porn precious prince1 punisher
purple1 qwerty11 rabbit rachel raider raiders rainbow1 raymond rebecca redskins
redsox remember richard1 river robert1 robin robot rocket rocky romance rosebud
rosemary russia sabrina sailor sammy samsung1 samuel sandra santa saturn savannah
scooter scorpio scorpion scotland scrabble secret12 september2024 serena service
shannon shelby sierra silver12 simple simpsons skater slayer slipknot smokey snake
snickers snoopy1 snowman soccer12 softball sophie spanky sparky special spider
spirit sports spring1 stanley star star123 stars startrek steelers stella steven1
stupid summer1 sunday1 sunny super superstar surfer sweden sweety swimming sydney
taylor teddy teddybear tennis1 texas thankyou theman thunder1 tiffany tigger1
titanic tomcat toronto travel trinity1 trouble trumpet tucker turtle1 united
valentina valentine vanessa venus victor victoria viking vincent violet virginia
warriors water1 wedding whatever! white1 william1 willow wilson wisdom wolf
wolfgang wolves wonder world xavier yankee yankees yellow1 young zachary zebra
hoanganh hoangnam minhanh minhtuan minhhoang ngoclan ngocanh thuytien thanhhuong
thanhtung tuananh ducanh quanghuy quangminh vietanh vanlong baongoc khanhlinh
phuonganh phuongthao thutrang thuytrang thuhuong huongtra lananh maianh myduyen
ngocmai hoangyen thanhthao kimanh kimngan haiyen haianh hailong hoangvu tuanvu
anhtuan anhduc anhdung anhkhoa anhquan baolong dangkhoa ducminh duchuy giabao
hieunguyen hoanglong huyhoang khanhduy khoanguyen longnguyen manhhung minhduc
minhkhoa minhquan namanh ngocbao nhatminh phuocloc quocanh quocbao quoctuan
thanhdat thanhlong thanhnam trungkien tuankiet vanhieu viethung xuanmai
matkhaucuaban matkhaumanh matkhauyeu matkhaudai doimatkhau nhapmatkhau
motmatkhau haimatkhau khongcomatkhau
`;

const COMMON = new Set(LIST.split(/\s+/).filter(Boolean));

/** Trailing digits and symbols people append to meet "must contain a number" rules. */
const TRAILING_SUFFIX = /[\d\s!@#$%^&*()_+\-=.,?~]+$/;
/** …and leading ones ("123anhyeuem"). */
const LEADING_PREFIX = /^[\d\s!@#$%^&*()_+\-=.,?~]+/;

export function isCommonPassword(password: string): boolean {
  const lower = password.normalize("NFC").toLowerCase();
  if (COMMON.has(lower)) return true;
  // One character repeated, or a run of consecutive digits/letters ("1234567890", "abcdefghij").
  if (/^(.)\1*$/u.test(lower) || isSequential(lower)) return true;
  // A listed word padded with digits/symbols on either side; the base must be
  // long enough that we are not rejecting every password that ends in a year.
  const base = lower.replace(TRAILING_SUFFIX, "").replace(LEADING_PREFIX, "");
  if (base !== lower && base.length >= 4 && COMMON.has(base)) return true;
  // A listed word typed twice ("dragondragon").
  const half = lower.length / 2;
  if (Number.isInteger(half) && lower.slice(0, half) === lower.slice(half) && COMMON.has(lower.slice(0, half))) return true;
  return false;
}

function isSequential(s: string): boolean {
  if (s.length < 4) return false;
  const codes = Array.from(s, (c) => c.codePointAt(0)!);
  const step = codes[1] - codes[0];
  if (step !== 1 && step !== -1) return false;
  return codes.every((c, i) => i === 0 || c - codes[i - 1] === step);
}

/** Number of distinct entries (for tests and the docs). */
export const COMMON_PASSWORD_COUNT = COMMON.size;
