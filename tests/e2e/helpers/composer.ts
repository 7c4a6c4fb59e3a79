// The reply composer at the foot of a thread page, as the journeys use it.
// Locators are lazy: a journey that never touches the pictures or the
// multi-quote bar pays nothing for them.
import type { Page } from "@playwright/test";

export function replyComposer(page: Page) {
  const form = page.locator("#reply-composer");
  return {
    form,
    box: form.getByLabel("Nội dung trả lời"),
    send: form.getByRole("button", { name: "Gửi trả lời" }),
    error: form.getByTestId("composer-error"),
    files: form.locator('input[type="file"][name="images"]'),
    bar: form.getByTestId("multi-quote-bar"),
    insert: form.getByTestId("multi-quote-insert"),
  };
}
