export interface FilterOption { value: string; label: string; lang?: string }

/** One filter: a select whose first option, "any", leaves it off. */
export interface FilterSelect { name: string; label: string; value?: string; options: FilterOption[] }

interface Labels { title: string; any: string; apply: string; reset: string }

/**
 * A list's filters as a plain GET form, so they work without JavaScript: a heading that names the
 * form, one labelled select a filter, a submit button and a link back to the whole list (`action`).
 * The events list and the support directory use it; each page reads the same names from its query.
 */
export function FilterForm({ action, labels, selects }: { action: string; labels: Labels; selects: FilterSelect[] }) {
  return (
    <form method="get" action={action} className="filters" aria-labelledby="filters">
      <h2 id="filters">{labels.title}</h2>
      <div className="filters__fields">
        {selects.map((s) => (
          <div key={s.name} className="field">
            <label htmlFor={`f-${s.name}`}>{s.label}</label>
            <select id={`f-${s.name}`} name={s.name} defaultValue={s.value ?? ''}>
              <option value="">{labels.any}</option>
              {s.options.map((o) => (
                <option key={o.value} value={o.value} lang={o.lang}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">{labels.apply}</button>
        <a href={action}>{labels.reset}</a>
      </div>
    </form>
  )
}
