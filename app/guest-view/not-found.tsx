// 404 inside this section: its layout keeps the site header around it.
import { NotFoundMessage } from "@/components/not-found-message";

export default function SectionNotFound() {
  return <NotFoundMessage />;
}
