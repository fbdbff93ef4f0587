/** Text for HTML: the shop's and the buyer's input never becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A tagged template whose interpolations are escaped, unless already built with it. */
export class Html {
  constructor(readonly text: string) {}
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    const parts = Array.isArray(value) ? value : [value];
    for (const part of parts) {
      if (part instanceof Html) text += part.text;
      else if (part !== null && part !== undefined && part !== false) text += escapeHtml(String(part));
    }
    text += strings[index + 1] ?? '';
  });
  return new Html(text);
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f3f5f8;color:#1a1a1a}
header{background:#0b3d91;color:#fff;padding:16px 24px;position:relative}
header h1{margin:0;font-size:20px}
.test-badge{position:absolute;top:12px;right:16px;background:#ffb300;color:#000;font-weight:700;padding:6px 12px;border-radius:4px}
main{max-width:520px;margin:24px auto;background:#fff;padding:24px;border-radius:8px;box-shadow:0 1px 3px #0003}
label{display:block;margin:12px 0 4px;font-weight:600}
input{font:inherit;padding:8px;width:100%;box-sizing:border-box;border:1px solid #666;border-radius:4px}
button{font:inherit;margin-top:16px;padding:10px 20px;background:#0b3d91;color:#fff;border:0;border-radius:4px;cursor:pointer}
.error{color:#a00000;font-weight:600}
.hint{color:#444;font-size:14px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}
dt{font-weight:600}
code{background:#eef;padding:0 4px}
`;

/** One page of the gateway's buyer side; test mode carries «Тестовый платеж» in the top right. */
export function page(title: string, body: Html, testmode: boolean): string {
  return `<!doctype html>${
    html`<html lang="ru">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${testmode ? `[ТЕСТ] ${title}` : title}</title>
        <style>
          ${new Html(STYLE)}
        </style>
      </head>
      <body>
        <header>
          <h1>Платёжная страница</h1>
          ${testmode ? html`<div class="test-badge" role="note">Тестовый платеж</div>` : null}
        </header>
        <main>${body}</main>
      </body>
    </html>`.text
  }`;
}
