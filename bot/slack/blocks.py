"""Block Kit rendering of an `Answer`, split under Slack's limits.

An answer becomes one or more messages (`SlackMessage`): the direct answer, what to do and by
when (from the checkers), clarifying questions, citations as context, "show clause" buttons and
👍/👎 feedback buttons. Slack rejects a message that breaks any of its limits, so every limit is
enforced here rather than hoped for:
https://api.slack.com/reference/block-kit/blocks — 3,000 characters a section text, 50 blocks a
message, 10 elements a context block, 25 elements an actions block, 75 characters of button
text, 2,000 characters of button value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from bot.types import Action, Answer, CheckResult, Citation, Clarification, Clause

SECTION_TEXT_LIMIT = 3000
BLOCKS_PER_MESSAGE = 50
CONTEXT_ELEMENTS_LIMIT = 10
ACTIONS_ELEMENTS_LIMIT = 25
BUTTON_TEXT_LIMIT = 75
ACTION_VALUE_LIMIT = 2000
FALLBACK_TEXT_LIMIT = 3000  # notification text; Slack truncates far later but nobody reads that
QUOTE_PREVIEW_CHARS = 200

# Action ids the app listens for (bot/slack/app.py). "show clause" buttons carry an index suffix
# because action ids must be unique within a message.
FEEDBACK_UP = "feedback_up"
FEEDBACK_DOWN = "feedback_down"
SHOW_CLAUSE_PREFIX = "show_clause"
CLARIFY_PREFIX = "clarify"  # a one-click answer to a clarifying question; the value is the option

Block = dict[str, Any]


@dataclass
class SlackMessage:
    """One chat.postMessage / chat.postEphemeral payload: `text` is the notification fallback."""

    text: str
    blocks: list[Block] = field(default_factory=list)


def escape(text: str) -> str:
    """Escape the three characters Slack treats as control characters in message text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_mrkdwn(markdown: str) -> str:
    """Escape Markdown answer text and turn its bold and headings into Slack's mrkdwn."""
    text = escape(markdown)
    # Headings have no mrkdwn form; bold is the closest thing Slack renders.
    text = re.sub(r"(?m)^#{1,6}\s+(.+?)\s*#*\s*$", r"*\1*", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"*\1*", text)
    return text


def split_text(text: str, limit: int = SECTION_TEXT_LIMIT) -> list[str]:
    """Split `text` into pieces of at most `limit` characters, at the gentlest boundary available.

    Paragraph breaks are preferred, then line breaks, then spaces; a word longer than `limit` is
    cut hard. A cut never lands inside an HTML entity (`&amp;`), which Slack would show raw.
    """
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _boundary(rest, limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _boundary(text: str, limit: int) -> int:
    """Where to cut `text` so the first piece has at most `limit` characters."""
    window = text[: limit + 1]  # +1: a separator just after `limit` characters is a clean cut
    fallback = 0
    for separator in ("\n\n", "\n", " "):
        cut = window.rfind(separator)
        if cut >= limit // 2:  # a clean cut that keeps pieces reasonably full
            return cut
        fallback = max(fallback, cut)
    if fallback > 0:
        return fallback
    amp = text.rfind("&", max(0, limit - 4), limit)  # "&amp;" is the longest entity escape() writes
    entity = _ENTITY.match(text, amp) if amp > 0 else None
    if entity and entity.end() > limit:
        return amp
    return limit


_ENTITY = re.compile(r"&(?:amp|lt|gt);")


def truncate(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, with an ellipsis when anything was dropped."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def chunk(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def sections(mrkdwn: str) -> list[Block]:
    """One section block per ≤3,000-character piece of already-escaped mrkdwn."""
    return [section(piece) for piece in split_text(mrkdwn)]


def context_blocks(texts: list[str]) -> list[Block]:
    """Context blocks holding these mrkdwn texts, at most ten elements to a block."""
    return [
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": truncate(t, SECTION_TEXT_LIMIT)} for t in group],
        }
        for group in chunk(texts, CONTEXT_ELEMENTS_LIMIT)
    ]


def button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    if len(value) > ACTION_VALUE_LIMIT:
        raise ValueError(f"button value is {len(value)} characters; Slack allows {ACTION_VALUE_LIMIT}")
    element: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": truncate(text, BUTTON_TEXT_LIMIT), "emoji": True},
        "action_id": action_id,
        "value": value,
    }
    if style:
        element["style"] = style
    return element


def actions_blocks(elements: list[Block]) -> list[Block]:
    """Actions blocks holding these elements, at most twenty-five to a block."""
    return [{"type": "actions", "elements": group} for group in chunk(elements, ACTIONS_ELEMENTS_LIMIT)]


def _date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _action_line(check_action: Action) -> str:
    # `detail` is the checker's own sentence ("Report the offer to the Monitoring Officer.");
    # without one, say the bare action and to whom.
    words = escape(check_action.detail)
    if not words:
        words = escape(check_action.do.replace("_", " ").capitalize())
        if check_action.to:
            words += f" — {escape(check_action.to)}"
    if check_action.by:
        words += f" *By {_date(check_action.by)}.*"
    if check_action.citation:
        words += f" _({escape(check_action.citation.label)})_"
    return "• " + words


def _checks_mrkdwn(checks: list[CheckResult]) -> str:
    lines: list[str] = []
    for check in checks:
        lines += [_action_line(a) for a in check.actions]
        if check.deadline:
            deadline = f"*Deadline:* {_date(check.deadline)}"
            if check.deadline_rule:
                deadline += f" — {escape(check.deadline_rule)}"
            lines.append(deadline)
    if not lines:
        return ""
    return "*What to do*\n" + "\n".join(lines)


def _clarify_mrkdwn(clarify: list[Clarification]) -> str:
    lines = ["*To answer this I need to know:*"]
    for item in clarify:
        lines.append(f"• {escape(item.question)}")  # its options follow as buttons
    return "\n".join(lines)


def _citation_mrkdwn(citation: Citation) -> str:
    preview = truncate(" ".join(citation.quote.split()), QUOTE_PREVIEW_CHARS)
    return f"*{escape(citation.label)}*: “{escape(preview)}”"


def _show_clause_buttons(citations: list[Citation]) -> list[Block]:
    elements = []
    for i, citation in enumerate(citations):
        if len(citation.id) > ACTION_VALUE_LIMIT:
            continue  # no real clause id is this long; a button Slack would reject helps nobody
        label = f"Show {citation.label}"
        elements.append(button(label, f"{SHOW_CLAUSE_PREFIX}:{i}", citation.id))
    return elements


def _clarify_buttons(clarify: list[Clarification]) -> list[Block]:
    return [
        button(option, f"{CLARIFY_PREFIX}:{i}:{j}", option)
        for i, item in enumerate(clarify)
        for j, option in enumerate(item.options)
        if 0 < len(option) <= ACTION_VALUE_LIMIT
    ]


def feedback_buttons(answer_id: str) -> list[Block]:
    return [
        button("👍 Helpful", FEEDBACK_UP, answer_id),
        button("👎 Not helpful", FEEDBACK_DOWN, answer_id),
    ]


def fallback_text(answer: Answer) -> str:
    """Plain text for notifications and clients that cannot show blocks."""
    # Cut before escaping, so the cut cannot split an entity.
    return to_mrkdwn(truncate(answer.answer.strip(), FALLBACK_TEXT_LIMIT)) or "No answer."


def answer_blocks(answer: Answer) -> list[Block]:
    """Every block of the answer, in reading order, before splitting into messages."""
    blocks: list[Block] = sections(to_mrkdwn(answer.answer) or "_No answer._")
    checks = _checks_mrkdwn(answer.checks)
    if checks:
        blocks += sections(checks)
    if answer.clarify:
        blocks += sections(_clarify_mrkdwn(answer.clarify))
        blocks += actions_blocks(_clarify_buttons(answer.clarify))
    if answer.citations:
        blocks.append({"type": "divider"})
        for citation in answer.citations:
            blocks += context_blocks([_citation_mrkdwn(citation)])
        blocks += actions_blocks(_show_clause_buttons(answer.citations))
    if answer.answer_id:
        blocks += actions_blocks(feedback_buttons(answer.answer_id))
    return blocks


def render_answer(answer: Answer, preface: list[Block] | None = None) -> list[SlackMessage]:
    """The answer as one or more messages of at most fifty blocks each, in order.

    `preface` blocks go first (e.g. which option was clicked). The first message carries the
    answer's fallback text; later ones say they continue it. The feedback buttons come last,
    so they sit under the whole answer.
    """
    groups = chunk([*(preface or []), *answer_blocks(answer)], BLOCKS_PER_MESSAGE)
    text = fallback_text(answer)
    messages = [SlackMessage(text=text, blocks=groups[0])]
    for n, group in enumerate(groups[1:], start=2):
        messages.append(SlackMessage(text=f"(continued, part {n} of {len(groups)})", blocks=group))
    return messages


def render_clause(clause: Clause) -> list[SlackMessage]:
    """A clause verbatim, with its footnotes, as the reply to a "show clause" button."""
    body = "\n".join("> " + line if line else ">" for line in escape(clause.verbatim()).splitlines())
    blocks = sections(f"*{escape(clause.label)}*") + sections(body)
    # A clause long enough to need more than 50 sections is not in any code we hold, but the
    # limit is Slack's, so honour it anyway.
    groups = chunk(blocks, BLOCKS_PER_MESSAGE)
    text = truncate(f"{clause.label}: {clause.text}", FALLBACK_TEXT_LIMIT)
    return [SlackMessage(text=escape(text), blocks=group) for group in groups]


def render_error(text: str) -> list[SlackMessage]:
    """A short message in place of an answer (bad input, a failure we could not recover from)."""
    return [SlackMessage(text=escape(text), blocks=sections(escape(text)))]
