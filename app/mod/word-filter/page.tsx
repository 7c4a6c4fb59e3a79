// Administrators' word filter: phrases that refuse a post or send it for approval.
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormInput, FormRadio } from "@/components/forms/action-form";
import { addWordFilterAction, removeWordFilterAction } from "@/actions/moderation";
import { listWordFilters } from "@/lib/moderation/word-filter";
import { canManageSettings } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { translator } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await translator();
  return { title: t("mod.wordFilterTitle") };
}

export default async function WordFilterPage() {
  if (!canManageSettings(await getViewer())) notFound();
  const rules = await listWordFilters();
  const t = await translator();
  return (
    <>
      <h1 className="page-title">{t("mod.wordFilterTitle")}</h1>
      <p className="page-description">
        {t("mod.wordFilterIntro")}
      </p>
      <ActionForm action={addWordFilterAction} className="form" label={t("mod.wordFilterAddLabel")}>
        <div className="field">
          <label htmlFor="filter-phrase">{t("mod.wordFilterPhrase")}</label>
          <FormInput id="filter-phrase" name="phrase" required minLength={2} maxLength={100} />
          <FieldError name="phrase" />
        </div>
        <div className="radio-row">
          <label className="radio"><FormRadio name="action" value="refuse" defaultChecked /> {t("mod.wordFilterRefusePost")}</label>
          <label className="radio"><FormRadio name="action" value="queue" /> {t("mod.wordFilterQueuePost")}</label>
        </div>
        <div className="composer__actions">
          <button type="submit" className="button button--primary">{t("mod.wordFilterAdd")}</button>
        </div>
      </ActionForm>
      <table className="table" data-testid="word-filters">
        <thead>
          <tr><th scope="col">{t("mod.wordFilterPhraseColumn")}</th><th scope="col">{t("mod.wordFilterActionColumn")}</th><th scope="col"><span className="visually-hidden">{t("mod.wordFilterRemove")}</span></th></tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id}>
              <td>{rule.phrase}</td>
              <td>{rule.action === "refuse" ? t("mod.wordFilterRefuse") : t("mod.wordFilterQueue")}</td>
              <td>
                <ActionForm action={removeWordFilterAction}>
                  <input type="hidden" name="id" value={rule.id} />
                  <button type="submit" className="button button--small" aria-label={t("mod.wordFilterRemoveLabel", { phrase: rule.phrase })}>{t("mod.wordFilterRemove")}</button>
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
