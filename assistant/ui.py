"""The research chat in the browser: Gradio layout and thin handlers over `Assistant`.

`Handlers` holds the few functions the page calls (each one Assistant call plus rendering from
`ui_render`); `build_app` lays out the page; `serve` launches it offline, on 127.0.0.1 unless
told otherwise, with optional basic auth.
"""

from __future__ import annotations

import contextvars
import importlib
import math
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from assistant import ui_render as render
from assistant.config import Settings, offline_environment
from assistant.errors import AssistantError, IndexProblem, InputError
from assistant.service import Assistant

offline_environment()  # before Gradio is imported: no analytics, no version check

import gradio as gr  # noqa: E402

UPLOAD_TYPES = (".txt", ".md", ".html", ".htm", ".jsonl")
EXAMPLES_SHOWN = 4
T = TypeVar("T")

# Opens a passage in the source viewer when a card or an [n] marker is clicked, anywhere on the
# page (chat messages, the People timeline). The viewer asks the server for escaped HTML.
SOURCE_JS = """
window.__assistantSource = {props, server};  // the latest mount of the viewer
if (!window.__assistantSourceClicks) {
  window.__assistantSourceClicks = true;
  document.addEventListener('click', async (event) => {
    const card = event.target.closest('.cite-card');
    const link = event.target.closest('a[href^="#cite="]') ||
      (card && card.querySelector('a[href^="#cite="]'));
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    document.querySelectorAll('.cite-card.active').forEach((c) => c.classList.remove('active'));
    const n = (link.textContent.match(/^\\[(\\d+)\\]$/) || [])[1];
    const answer = link.closest('.answer');
    const target = card || (n && answer && answer.querySelector('.cite-n-' + n));
    if (target) {
      target.classList.add('active');
      target.scrollIntoView({block: 'nearest'});
    }
    const viewer = window.__assistantSource;
    const key = decodeURIComponent(link.getAttribute('href').slice(6));
    viewer.props.value = await viewer.server.open_source(key);
    setTimeout(() => {  // scroll the article (not the page) to the passage
      const box = document.querySelector('#source .source-text');
      const mark = box && box.querySelector('mark.passage');
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
    }, 50);
  }, true);
}
"""

CSS = """
.answer p { margin: 0.2em 0; }
.cite-cards { display: grid; gap: 0.5em; margin-top: 0.6em; }
.cite-card { border: 1px solid var(--border-color-primary); border-radius: 6px;
  padding: 0.45em 0.6em; background: var(--background-fill-secondary); cursor: pointer; }
.cite-card.active { outline: 2px solid var(--color-accent); }
.cite-card blockquote, .timeline blockquote { margin: 0.3em 0; padding-left: 0.6em;
  border-left: 3px solid var(--color-accent); font-style: normal; }
.cite-ok { color: #15803d; font-weight: 600; }
.cite-unverified { color: #b91c1c; }
.cite-kind { font-variant: small-caps; }
.cite-where, .source-meta { font-size: 0.9em; opacity: 0.85; }
.source-text { white-space: pre-wrap; line-height: 1.5; max-height: 70vh; overflow-y: auto;
  border-top: 1px solid var(--border-color-primary); padding-top: 0.4em; position: relative; }
.source-text mark.passage { background: #fde68a; color: #111; padding: 0 2px; }
#source-column { position: sticky; top: 0.5em; align-self: flex-start; }
.gradio-container { overflow: clip !important; }  /* hidden would stop the viewer sticking */
.timeline { padding-left: 1.2em; }
.timeline li { margin-bottom: 0.7em; }
"""


def _theme() -> Any:
    # System fonts: the default theme fetches Google Fonts, and the page must work offline.
    return gr.themes.Soft(
        font=["system-ui", "Segoe UI", "Helvetica", "Arial", "sans-serif"],
        font_mono=["ui-monospace", "Consolas", "monospace"],
    )


class _Worker:
    """Runs every Assistant call on one thread: the index's SQLite connection belongs to the
    thread that opened it, and an ingest must not close the store under a running question."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="assistant")

    def __call__(self, fn: Callable[..., T], *args: Any) -> T:
        context = contextvars.copy_context()  # keeps gr.Progress working inside the worker
        return self._pool.submit(context.run, fn, *args).result()

    def stop(self) -> None:
        self._pool.shutdown(wait=True)


def parse_auth(value: str) -> tuple[str, str] | None:
    """(user, password) from `user:password`; None when empty."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise InputError("ASSISTANT_AUTH must look like user:password")
    return user, password


def safe_upload_name(name: str) -> str:
    """A plain file name for an upload: no folders, no leading dots, only safe characters."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[^\w.-]+", "_", base).lstrip(".") or "upload"
    stem, dot, ext = base.rpartition(".")
    return (stem[:120] + dot + ext[:10]) if dot else base[:120]


def history_of(turns: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The conversation as [{"role", "content"}] with plain-text content, for Assistant.ask."""
    history = []
    for turn in turns or []:
        history.append({"role": "user", "content": str(turn.get("question", ""))})
        history.append({"role": "assistant", "content": str(turn.get("answer", ""))})
    return history


def plain_text(content: Any) -> str:
    """Message content as plain text: Gradio 6 gives a string or a list of content blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "")
    if isinstance(content, list | tuple):
        return " ".join(t for t in (plain_text(part) for part in content) if t)
    return ""


class Handlers:
    """What the page calls. Each handler: one Assistant call (on the worker), then rendering."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.settings: Settings = assistant.settings
        self.run = _Worker()
        self.upload_dir = (Path(self.settings.index_dir) / "uploads").resolve()

    def close(self) -> None:
        """Close the index on the thread that opened it, then stop that thread."""
        self.run(self.assistant.close)
        self.run.stop()

    # --- chat -----------------------------------------------------------------------------

    def _stream(self, question: str, history: list[dict[str, str]]) -> Iterator[Any] | None:
        """The LLM's streaming hook (`assistant.llm.stream_chat`), when configured."""
        if not self.settings.llm_enabled:
            return None
        try:
            llm = importlib.import_module("assistant.llm")
        except ImportError:
            return None
        stream_chat = getattr(llm, "stream_chat", None)
        if stream_chat is None:
            return None
        return self.run(stream_chat, self.assistant, question, history)

    def respond(
        self, question: Any, turns: list[dict[str, Any]] | None
    ) -> Iterator[tuple[list[dict[str, str]], list[dict[str, Any]], str]]:
        """Yields (chat messages, turns, question box): drafts while streaming, then the
        verified answer with its cards; a user mistake becomes a message, not a crash."""
        turns = list(turns or [])
        question = plain_text(question).strip()
        shown = render.chat_messages(turns)
        asked = {"role": "user", "content": render.esc(question)}
        history = history_of(turns)
        try:
            answer = None
            stream = self._stream(question, history)
            if stream is not None:
                done = object()
                while (step := self.run(next, stream, done)) is not done:
                    draft, final = step  # type: ignore[misc]
                    if final is not None:
                        answer = final
                        break
                    yield shown + [asked, _bot(render.draft_html(draft))], turns, ""
            if answer is None:
                answer = self.run(self.assistant.ask, question, history)
        except AssistantError as exc:
            yield shown + [asked, _bot(render.error_html(_problem(exc)))], turns, question
            return
        turns.append(answer.to_json())
        yield render.chat_messages(turns), turns, ""

    def restore(self, turns: list[dict[str, Any]] | None) -> list[dict[str, str]]:
        """The chat as kept in the browser, re-rendered (cards and all) after a reload."""
        return render.chat_messages(turns or [])

    def export(self, turns: list[dict[str, Any]] | None) -> str | None:
        """A Markdown file of the conversation with footnotes; None when there is nothing."""
        if not turns:
            return None
        folder = Path(tempfile.mkdtemp(prefix="assistant-export-"))
        path = folder / "conversation.md"
        path.write_text(render.conversation_markdown(turns), encoding="utf-8")
        return str(path)

    def open_source(self, key: str) -> str:
        """The article of a cited passage, escaped, with the passage highlighted."""
        parsed = render.parse_cite_key(str(key))
        if parsed is None:
            return render.error_html("That citation could not be read.")
        article_id, start, end = parsed
        try:
            text, meta = self.run(self._article, article_id)
        except AssistantError as exc:
            return render.error_html(_problem(exc))
        if text is None or meta is None or end > len(text):
            return render.error_html("That article is no longer in the index.")
        return render.source_html(meta, text, start, end)

    def _article(self, article_id: str) -> tuple[str | None, dict[str, Any] | None]:
        store = self.assistant.store
        row = store.article_meta([article_id]).get(article_id)
        return store.article_text(article_id), (dict(row) if row is not None else None)

    # --- the index: counts, people, articles, examples ------------------------------------

    def _snapshot(self) -> dict[str, Any]:
        try:
            store = self.assistant.store
            return {
                "counts": store.counts(),
                "speakers": self.assistant.speakers(),
                "articles": store.articles(),
                "examples": self._examples(),
            }
        except AssistantError:  # no index yet: an empty page that invites an upload
            return {"counts": None, "speakers": [], "articles": [], "examples": []}

    def _examples(self) -> list[str]:
        """Questions this index can answer: its most quoted people, each with the noun that
        marks their statements out (in many of theirs, few of everyone's), and one question
        about a change of position when someone spoke on several dates."""
        people = self.assistant.speakers()
        said: dict[str, Counter[str]] = {}
        spread: Counter[str] = Counter()  # in how many people's statements a noun appears
        for row in people:
            quotes = self.assistant.store.quotes_by([row["id"]])
            words = Counter(
                w for nouns in _nouns([q.text for q in quotes if q.kind != "author"]) for w in nouns
            )
            for name_word in row["name"].lower().split():
                words.pop(name_word, None)
            said[row["id"]] = words
            spread.update(words.keys())
        questions: list[str] = []
        changed = ""
        for row in people[:EXAMPLES_SHOWN]:
            words = said[row["id"]]
            topic = max(
                words,
                key=lambda w: (words[w] * math.log((1 + len(people)) / spread[w]), w),
                default="",
            )
            about = f" about {topic}" if topic else ""
            questions.append(f"What did {row['name']} say{about}?")
            if not changed and row["first"] and row["last"] and row["first"] != row["last"]:
                changed = f"How has the position of {row['name']} changed over time?"
        if changed:
            questions = questions[: EXAMPLES_SHOWN - 1] + [changed]
        return questions

    def index_view(self) -> dict[str, Any]:
        """Everything the page shows about the index, rendered (counts, tables, choices)."""
        snap = self.run(self._snapshot)
        return {
            "counts": render.counts_line(snap["counts"]),
            "speakers": render.speaker_rows(snap["speakers"]),
            "people": [s["name"] for s in snap["speakers"]],
            "articles": render.article_rows(snap["articles"]),
            "article_choices": [
                (f"{a.published or 'undated'} — {a.title}", a.id) for a in snap["articles"]
            ],
            "examples": snap["examples"],
        }

    def person(self, name: str | None) -> tuple[str, str]:
        """(cited summary HTML, timeline HTML newest first) for one quoted person."""
        if not name:
            return "", ""
        try:
            _, statements = self.run(self.assistant.quotes_of, name)
            summary = self.run(self.assistant.summary, name)
        except AssistantError as exc:
            return render.error_html(_problem(exc)), ""
        return render.answer_html(summary.to_json()), render.statements_html(statements)

    # --- uploads ----------------------------------------------------------------------------

    def stage_uploads(self, files: list[Any] | None) -> tuple[list[Path], list[list[str]]]:
        """Uploaded files copied into the upload folder under safe names (same name = same
        article, so a changed file replaces its earlier version); refused ones with a reason."""
        staged: list[Path] = []
        refused: list[list[str]] = []
        limit = self.settings.max_upload_mb * 2**20
        self.upload_dir.mkdir(parents=True, exist_ok=True)
        for item in files or []:
            source = Path(getattr(item, "name", None) or str(item))
            name = safe_upload_name(source.name)
            if not name.lower().endswith(UPLOAD_TYPES):
                refused.append([name, f"error: not accepted (use {', '.join(UPLOAD_TYPES)})"])
                continue
            size = source.stat().st_size if source.exists() else 0
            if size > limit:
                refused.append(
                    [
                        name,
                        f"error: {size / 2**20:.1f} MB, over the "
                        f"{self.settings.max_upload_mb} MB upload limit",
                    ]
                )
                continue
            target = (self.upload_dir / name).resolve()
            if target.parent != self.upload_dir:
                refused.append([name, "error: not a plain file name"])
                continue
            shutil.copyfile(source, target)
            staged.append(target)
        return staged, refused

    def upload(self, files: list[Any] | None, progress: Any = None) -> list[list[str]]:
        """Ingest uploaded files; one row per file: ingested / unchanged / replaced / error."""
        staged, rows = self.stage_uploads(files)
        if not staged:
            return rows
        done = [0]

        def step(path: str, outcome: str) -> None:
            done[0] += 1
            if progress is not None:
                progress((min(done[0], len(staged)), len(staged)), desc=Path(path).name)

        try:
            report = self.run(self.assistant.ingest, staged, step)
        except AssistantError as exc:
            return rows + [[p.name, f"error: {exc}"] for p in staged]
        for path, outcome in report.results:
            rows.append([self._shown_name(path), outcome])
        return rows

    def _shown_name(self, path: str) -> str:
        try:
            return str(Path(path).resolve().relative_to(self.upload_dir))
        except ValueError:
            return Path(path).name if "/" in path else path

    def delete(self, article_id: str | None) -> str:
        """Remove an article (its chunks and statements too); a line saying what happened."""
        if not article_id:
            return "Pick an article to delete."
        try:
            gone = self.run(self.assistant.delete_article, article_id)
        except AssistantError as exc:
            return f"⚠ {exc}"
        return "Deleted." if gone else "That article was not in the index."


def _nouns(texts: list[str]) -> list[set[str]]:
    """The nouns of each text (lower case, 4+ letters), by the attribution's spaCy tagger
    (fine-grained tags NN*: the attribution pipeline has no coarse POS)."""
    from assistant.attribute import load_nlp

    docs = load_nlp().pipe(texts, disable=["parser", "ner"])
    return [
        {t.lower_ for t in doc if t.tag_.startswith("NN") and t.is_alpha and len(t) > 3}
        for doc in docs
    ]


def _problem(exc: AssistantError) -> str:
    """The one wording of a user-fixable problem in the page."""
    if isinstance(exc, IndexProblem):
        return f"{exc}. In the browser: add articles in the Articles tab."
    return str(exc)


def _bot(content: str) -> dict[str, str]:
    return {"role": "assistant", "content": content}


def build_app(assistant: Assistant) -> Any:
    """The page: Chat, People and Articles tabs beside a source viewer, over one Assistant."""
    h = Handlers(assistant)
    with gr.Blocks(title="Who said what", analytics_enabled=False) as app:
        turns = gr.BrowserState([], storage_key="who-said-what-chat")
        gr.Markdown("## Who said what — cited answers from your articles")
        counts = gr.Markdown(elem_id="counts")
        with gr.Row():
            with gr.Column(scale=3):
                with gr.Tabs():
                    with gr.Tab("Chat", id="chat"):
                        chat = _chat_tab()
                    with gr.Tab("People", id="people"):
                        people = _people_tab()
                    with gr.Tab("Articles", id="articles"):
                        library = _articles_tab()
            with gr.Column(scale=2, elem_id="source-column"):
                gr.Markdown("**Source**")

                def open_source(key: str) -> str:
                    return h.open_source(key)

                gr.HTML(
                    render.SOURCE_PLACEHOLDER,
                    elem_id="source",
                    js_on_load=SOURCE_JS,
                    server_functions=[open_source],
                )
        _wire(app, h, turns, counts, chat, people, library)
    return app


def _chat_tab() -> dict[str, Any]:
    chatbot = gr.Chatbot(
        show_label=False,
        elem_id="chat",
        height=620,
        latex_delimiters=[],
        feedback_options=None,
        buttons=[],
        placeholder="Ask who said what. Every answer cites the verbatim passage and its date.",
    )
    with gr.Row():
        question = gr.Textbox(
            show_label=False,
            placeholder="e.g. What did … say about …?",
            scale=5,
            max_lines=4,
            elem_id="question",
        )
        ask = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
    examples = gr.Dataset(
        components=[question], samples=[["…"]], label="Try asking", elem_id="examples"
    )
    with gr.Row():
        clear = gr.Button("New conversation", size="sm")
        export = gr.Button("Export as Markdown", size="sm", elem_id="export")
    export_file = gr.File(label="Conversation with footnotes", visible=False)
    return {
        "chatbot": chatbot,
        "question": question,
        "ask": ask,
        "examples": examples,
        "clear": clear,
        "export": export,
        "export_file": export_file,
    }


def _people_tab() -> dict[str, Any]:
    table = gr.Dataframe(
        headers=render.SPEAKER_HEADERS, interactive=False, wrap=True, elem_id="speakers"
    )
    person = gr.Dropdown(label="Show one person's statements", choices=[], elem_id="person")
    with gr.Accordion("Cited summary", open=True):
        summary = gr.HTML(elem_id="person-summary")
    with gr.Accordion("Statements, newest first", open=True):
        timeline = gr.HTML(elem_id="person-statements")
    return {"table": table, "person": person, "summary": summary, "timeline": timeline}


def _articles_tab() -> dict[str, Any]:
    upload = gr.File(
        label="Add articles (" + " ".join(UPLOAD_TYPES) + "); a file with the same name "
        "replaces its earlier version",
        file_count="multiple",
        file_types=list(UPLOAD_TYPES),
        elem_id="upload",
    )
    results = gr.Dataframe(
        headers=["file", "result"], interactive=False, wrap=True, elem_id="upload-results"
    )
    table = gr.Dataframe(
        headers=render.ARTICLE_HEADERS, interactive=False, wrap=True, elem_id="articles"
    )
    with gr.Row():
        pick = gr.Dropdown(label="Article", choices=[], scale=4, elem_id="article-pick")
        delete = gr.Button("Delete article", variant="stop", scale=1, elem_id="delete")
    status = gr.Markdown(elem_id="delete-status")
    return {
        "upload": upload,
        "results": results,
        "table": table,
        "pick": pick,
        "delete": delete,
        "status": status,
    }


def _wire(app: Any, h: Handlers, turns: Any, counts: Any, chat, people, library) -> None:  # type: ignore[no-untyped-def]
    """Connect the events: every index change refreshes counts, people, articles, examples."""

    def refresh() -> tuple[Any, ...]:
        view = h.index_view()
        return (
            view["counts"],
            view["speakers"] or None,
            gr.Dropdown(choices=view["people"], value=None),
            view["articles"] or None,
            gr.Dropdown(choices=view["article_choices"], value=None),
            gr.Dataset(samples=[[q] for q in view["examples"]] or [["Ask about a person"]]),
        )

    index_outputs = [
        counts,
        people["table"],
        people["person"],
        library["table"],
        library["pick"],
        chat["examples"],
    ]
    app.load(h.restore, [turns], [chat["chatbot"]]).then(refresh, None, index_outputs)
    answer_outputs = [chat["chatbot"], turns, chat["question"]]
    chat["question"].submit(h.respond, [chat["question"], turns], answer_outputs)
    chat["ask"].click(h.respond, [chat["question"], turns], answer_outputs)
    chat["examples"].click(
        lambda sample: sample[0] if sample else "", chat["examples"], chat["question"]
    ).then(h.respond, [chat["question"], turns], answer_outputs)
    chat["clear"].click(lambda: ([], []), None, [chat["chatbot"], turns])
    chat["export"].click(
        lambda t: gr.File(value=h.export(t), visible=bool(t)), [turns], [chat["export_file"]]
    )
    people["person"].change(h.person, [people["person"]], [people["summary"], people["timeline"]])

    def pick_row(event: gr.SelectData) -> str | None:
        return event.row_value[0] if event.row_value else None

    people["table"].select(pick_row, None, people["person"])

    # Gradio hands the progress bar to a handler through this default.
    def upload(files: list[Any] | None, progress: Any = gr.Progress()) -> list[list[str]]:  # noqa: B008
        return h.upload(files, progress) or None  # type: ignore[return-value]

    library["upload"].upload(upload, [library["upload"]], [library["results"]]).then(
        refresh, None, index_outputs
    )
    library["delete"].click(h.delete, [library["pick"]], [library["status"]]).then(
        refresh, None, index_outputs
    )


def launch_options(settings: Settings, host: str | None = None, port: int | None = None) -> dict:
    """Keyword arguments for `Blocks.launch`: local bind, no share link, auth, upload limit."""
    return {
        "server_name": host or settings.host,
        "server_port": port or settings.port,
        "share": False,
        "auth": parse_auth(settings.auth),
        "auth_message": "Sign in to the research assistant." if settings.auth else None,
        "max_file_size": f"{settings.max_upload_mb}mb",
        "ssr_mode": False,
        "footer_links": [],
        "theme": _theme(),
        "css": CSS,
        "quiet": True,
    }


def serve(settings: Settings, host: str | None = None, port: int | None = None) -> None:
    """Open the research chat: blocks until interrupted."""
    offline_environment()
    app = build_app(Assistant(settings))
    options = launch_options(settings, host, port)
    print(f"research chat on http://{options['server_name']}:{options['server_port']}", flush=True)
    app.queue(default_concurrency_limit=4).launch(**options)
