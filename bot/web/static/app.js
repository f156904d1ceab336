// The chat page. Vanilla JS, no build step. Every string from the server is put into the page
// with textContent or createTextNode, never innerHTML: only **bold**, line breaks, "- " bullet
// lists and "> " quotes are turned into elements, and those elements are built here.
"use strict";

(function () {
  const OUTCOME_WORDS = {
    action_required: "Action required",
    no_action_required: "No action required",
    not_permitted: "Not permitted",
    permitted: "Permitted",
    refer: "Refer for advice",
  };
  const ANSWER_BADGES = {
    not_covered: "Not covered by the codes",
    needs_clarification: "Needs a little more detail",
  };

  const form = document.getElementById("ask-form");
  const questionBox = document.getElementById("question");
  const councilPicker = document.getElementById("council");
  const rolePicker = document.getElementById("role");
  const askButton = document.getElementById("ask-button");
  const newConversationButton = document.getElementById("new-conversation");
  const log = document.getElementById("log");
  const statusLine = document.getElementById("status");
  const errorBox = document.getElementById("error");
  const emptyHint = document.getElementById("empty-hint");

  let conversationId = null;
  let busy = false;
  let nextId = 0;

  // ---- small DOM helpers -------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function uniqueId(prefix) {
    nextId += 1;
    return prefix + "-" + nextId;
  }

  // **bold** inside a line; everything else stays text.
  function appendInline(parent, text) {
    const parts = String(text).split(/\*\*(.+?)\*\*/);
    parts.forEach(function (part, index) {
      if (!part) return;
      if (index % 2 === 1) parent.appendChild(el("strong", null, part));
      else parent.appendChild(document.createTextNode(part));
    });
  }

  // The markdown-ish `answer` field: paragraphs, line breaks, bullet lists, quotes, bold.
  function renderMarkdownish(container, text) {
    const lines = String(text || "").replace(/\r\n?/g, "\n").split("\n");
    let paragraph = null;
    let list = null;
    let quote = null;
    lines.forEach(function (raw) {
      const line = raw.replace(/\s+$/, "");
      if (!line.trim()) {
        paragraph = list = quote = null;
        return;
      }
      const bullet = /^\s*[-*\u2022]\s+(.*)$/.exec(line);
      const quoted = /^\s*>\s?(.*)$/.exec(line);
      const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
      if (bullet) {
        if (!list) {
          list = el("ul");
          container.appendChild(list);
        }
        const item = el("li");
        appendInline(item, bullet[1]);
        list.appendChild(item);
        paragraph = quote = null;
      } else if (quoted) {
        if (!quote) {
          quote = el("blockquote", "quote");
          container.appendChild(quote);
        } else {
          quote.appendChild(el("br"));
        }
        appendInline(quote, quoted[1]);
        paragraph = list = null;
      } else if (heading) {
        const p = el("p");
        const strong = el("strong");
        appendInline(strong, heading[1]);
        p.appendChild(strong);
        container.appendChild(p);
        paragraph = list = quote = null;
      } else {
        if (!paragraph) {
          paragraph = el("p");
          container.appendChild(paragraph);
        } else {
          paragraph.appendChild(el("br"));
        }
        appendInline(paragraph, line.trim());
        list = quote = null;
      }
    });
  }

  const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];

  // "2025-03-15" -> "Saturday 15 March 2025": UK style whatever the browser's locale, and no
  // time zone can shift the day.
  function formatDate(isoDate) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(isoDate || ""));
    if (!match) return String(isoDate || "");
    const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    return DAYS[date.getUTCDay()] + " " + date.getUTCDate() + " " + MONTHS[date.getUTCMonth()] + " " +
      date.getUTCFullYear();
  }

  function words(code) {
    const text = String(code || "").replace(/_/g, " ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // ---- talking to the server ---------------------------------------------------------------

  function ApiError(message) {
    this.message = message;
  }

  function errorMessage(status, data) {
    const detail = data && data.detail;
    let text = "";
    if (typeof detail === "string") {
      text = detail;
    } else if (Array.isArray(detail)) {
      text = detail
        .map(function (item) {
          if (!item || !item.msg) return "";
          const where = Array.isArray(item.loc) && item.loc.length ? item.loc[item.loc.length - 1] + ": " : "";
          return where + item.msg;
        })
        .filter(Boolean)
        .join("; ");
    }
    if (data && data.error_id) text += " Reference: " + data.error_id + ".";
    const lead = {
      413: "Your question is too large to send.",
      422: "The question could not be accepted.",
      429: "Too many questions in a short time.",
      503: "The service is starting up or unavailable; try again in a moment.",
    }[status] || (status >= 500 ? "Something went wrong on the server." : "The request was refused.");
    return (lead + " " + text).trim() + " (HTTP " + status + ")";
  }

  async function api(path, body) {
    const options = { headers: { Accept: "application/json" } };
    if (body !== undefined) {
      options.method = "POST";
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, options);
    } catch (err) {
      throw new ApiError("Could not reach the server. Check your connection and try again.");
    }
    let data = null;
    if (response.status !== 204) {
      try {
        data = await response.json();
      } catch (err) {
        data = null;
      }
    }
    if (!response.ok) throw new ApiError(errorMessage(response.status, data));
    return data;
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function hideError() {
    errorBox.textContent = "";
    errorBox.hidden = true;
  }

  // ---- rendering one answer ----------------------------------------------------------------

  function renderCheck(check) {
    const box = el("div", "check");
    const outcome = el("p", "check-outcome", OUTCOME_WORDS[check.outcome] || words(check.outcome));
    box.appendChild(outcome);
    if (check.explanation) box.appendChild(el("p", null, check.explanation));
    if (check.deadline) {
      const p = el("p");
      p.appendChild(el("span", "deadline", "Deadline: " + formatDate(check.deadline)));
      if (check.deadline_rule) p.appendChild(document.createTextNode(" (" + check.deadline_rule + ")"));
      box.appendChild(p);
    }
    if (check.actions && check.actions.length) {
      box.appendChild(el("h4", "visually-hidden", "What to do"));
      const list = el("ul", "actions");
      check.actions.forEach(function (action) {
        const item = el("li");
        item.appendChild(el("strong", null, words(action.do)));
        if (action.to) item.appendChild(document.createTextNode(" \u2014 to " + action.to));
        if (action.by) item.appendChild(document.createTextNode(" \u2014 by " + formatDate(action.by)));
        if (action.detail) item.appendChild(document.createTextNode(": " + action.detail));
        if (action.citation && action.citation.label) {
          item.appendChild(document.createTextNode(" (" + action.citation.label + ")"));
        }
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    if (check.missing && check.missing.length) {
      box.appendChild(el("p", null, "Still needed to be sure: " + check.missing.map(words).join(", ") + "."));
    }
    return box;
  }

  function pickerHas(picker, option) {
    const wanted = String(option).trim().toLowerCase();
    return Array.prototype.find.call(picker.options, function (opt) {
      return opt.value && (opt.value.toLowerCase() === wanted || opt.textContent.trim().toLowerCase() === wanted);
    });
  }

  function renderClarification(clarification) {
    const box = el("div", "clarify");
    const questionId = uniqueId("clarify");
    const question = el("p", null, clarification.question);
    question.id = questionId;
    box.appendChild(question);
    const options = clarification.options || [];
    if (options.length) {
      const group = el("div", "options");
      group.setAttribute("role", "group");
      group.setAttribute("aria-labelledby", questionId);
      options.forEach(function (option) {
        const button = el("button", "option", option);
        button.type = "button";
        button.setAttribute("aria-pressed", "false");
        button.addEventListener("click", function () {
          if (busy) return;
          // A known council or role also sets its picker, so later questions keep it.
          const picker = clarification.fact === "council" ? councilPicker
            : clarification.fact === "role" ? rolePicker : null;
          const match = picker && pickerHas(picker, option);
          if (match) picker.value = match.value;
          button.setAttribute("aria-pressed", "true");
          group.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
          send(option);
        });
        group.appendChild(button);
      });
      box.appendChild(group);
    }
    return box;
  }

  function renderCitation(citation) {
    const item = el("li");
    const panelId = uniqueId("clause");
    const toggle = el("button", "citation-toggle", citation.label || citation.id);
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", panelId);
    const panel = el("div", "clause");
    panel.id = panelId;
    panel.hidden = true;
    if (citation.heading) panel.appendChild(el("p", "heading", citation.heading));
    panel.appendChild(el("blockquote", null, citation.quote));
    if (citation.footnotes && citation.footnotes.length) {
      const notes = el("ul", "footnotes");
      notes.setAttribute("aria-label", "Footnotes");
      citation.footnotes.forEach(function (note) {
        notes.appendChild(el("li", null, "[" + note.marker + "] " + note.text));
      });
      panel.appendChild(notes);
    }
    toggle.addEventListener("click", function () {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      panel.hidden = !open;
    });
    item.appendChild(toggle);
    item.appendChild(panel);
    return item;
  }

  function renderFeedback(answerId) {
    const box = el("div", "feedback");
    const labelId = uniqueId("feedback");
    const label = el("span", null, "Was this helpful?");
    label.id = labelId;
    box.appendChild(label);
    box.setAttribute("role", "group");
    box.setAttribute("aria-labelledby", labelId);
    const thanks = el("span", "thanks");
    thanks.setAttribute("role", "status");
    // The words beside the emoji are for machines without an emoji font.
    const choices = [["\uD83D\uDC4D", "Yes", "Helpful", true], ["\uD83D\uDC4E", "No", "Not helpful", false]];
    const buttons = choices.map(function (choice) {
      const button = el("button");
      const icon = el("span", null, choice[0]);
      icon.setAttribute("aria-hidden", "true");
      button.appendChild(icon);
      button.appendChild(document.createTextNode(" " + choice[1]));
      button.type = "button";
      button.setAttribute("aria-label", choice[2]);
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", async function () {
        buttons.forEach(function (b) { b.disabled = true; });
        try {
          await api("/web/feedback", { answer_id: answerId, helpful: choice[3] });
          button.setAttribute("aria-pressed", "true");
          thanks.textContent = "Thank you, your feedback is recorded.";
        } catch (err) {
          buttons.forEach(function (b) { b.disabled = false; });
          showError(err.message);
        }
      });
      box.appendChild(button);
      return button;
    });
    box.appendChild(thanks);
    return box;
  }

  function renderAnswer(answer) {
    const turn = el("div", "turn turn-bot");
    turn.appendChild(el("span", "who", "Guidance"));
    if (ANSWER_BADGES[answer.outcome]) {
      turn.appendChild(el("p", "outcome outcome-" + answer.outcome, ANSWER_BADGES[answer.outcome]));
    }
    const body = el("div", "answer-text");
    renderMarkdownish(body, answer.answer);
    turn.appendChild(body);

    (answer.checks || []).forEach(function (check) {
      turn.appendChild(renderCheck(check));
    });
    (answer.clarify || []).forEach(function (clarification) {
      turn.appendChild(renderClarification(clarification));
    });
    if (answer.citations && answer.citations.length) {
      turn.appendChild(el("h3", null, "Sources"));
      const list = el("ul", "citations");
      answer.citations.forEach(function (citation) {
        list.appendChild(renderCitation(citation));
      });
      turn.appendChild(list);
    }
    if (answer.answer_id) turn.appendChild(renderFeedback(answer.answer_id));
    return turn;
  }

  // ---- the conversation --------------------------------------------------------------------

  function setBusy(value) {
    busy = value;
    askButton.disabled = value;
    form.setAttribute("aria-busy", value ? "true" : "false");
    statusLine.textContent = value ? "Looking through the codes\u2026" : "";
  }

  // Keep the pickers in step with what the service understood (e.g. the council it inferred).
  function syncPickers(answer) {
    if (answer.council && !councilPicker.value && pickerHas(councilPicker, answer.council)) {
      councilPicker.value = pickerHas(councilPicker, answer.council).value;
    }
    if (answer.role && !rolePicker.value && pickerHas(rolePicker, answer.role)) {
      rolePicker.value = answer.role;
    }
  }

  async function send(question) {
    question = String(question || "").trim();
    if (busy) return;
    if (!question) {
      showError("Type a question first.");
      questionBox.focus();
      return;
    }
    hideError();
    setBusy(true);
    try {
      const answer = await api("/web/ask", {
        question: question,
        council: councilPicker.value || null,
        role: rolePicker.value || null,
        conversation_id: conversationId,
      });
      conversationId = answer.conversation_id || conversationId;
      syncPickers(answer);
      emptyHint.hidden = true;
      log.appendChild(el("div", "turn turn-user", question));
      log.appendChild(renderAnswer(answer));
      if (questionBox.value.trim() === question) questionBox.value = "";
    } catch (err) {
      showError(err.message || "Something went wrong.");
    } finally {
      setBusy(false);
      questionBox.focus();
    }
  }

  async function loadCouncils() {
    try {
      const documents = await api("/web/documents");
      const names = {};
      documents.forEach(function (doc) {
        names[doc.council] = doc.council_name || doc.council;
      });
      Object.keys(names)
        .sort(function (a, b) { return names[a].localeCompare(names[b]); })
        .forEach(function (council) {
          const option = el("option", null, names[council]);
          option.value = council;
          councilPicker.appendChild(option);
        });
    } catch (err) {
      showError("Could not load the list of councils. " + err.message);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    send(questionBox.value);
  });

  // Enter sends, Shift+Enter is a new line; not while an input method is composing.
  questionBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  newConversationButton.addEventListener("click", function () {
    conversationId = null;
    log.textContent = "";
    emptyHint.hidden = false;
    hideError();
    statusLine.textContent = "Started a new conversation.";
    questionBox.value = "";
    questionBox.focus();
  });

  loadCouncils();
})();
