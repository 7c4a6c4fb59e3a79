// Types for html-off-heap.mjs (the values are Next.js's untyped cache values).
export declare function htmlBytes(text: string): Buffer;
export declare function toStored(value: any): any;
export declare function fromStored(value: any): any;
