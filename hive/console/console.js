// Hive console: ask, follow the query's events live, show the graph, the answer and the hive.
"use strict";

(() => {
  const $ = (selector) => document.querySelector(selector);
  const RECENT_KEY = "hive.recent";
  const RECENT_MAX = 12;
  const state = {
    key: sessionStorage.getItem("hive.key") || "",
    nodes: new Map(),
    queryId: null,
    abort: null,
    selected: null,
  };

  // ---- talking to the API -------------------------------------------------------------------
  class ApiError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  async function api(path, options = {}) {
    const headers = new Headers(options.headers || {});
    if (state.key) headers.set("authorization", `Bearer ${state.key}`);
    if (options.body) headers.set("content-type", "application/json");
    let response;
    try {
      response = await fetch(path, { ...options, headers });
    } catch (err) {
      if (err.name === "AbortError") throw err;
      throw new ApiError(`Cannot reach the hive at ${location.origin}. Is \`hive up\` running?`, 0);
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  async function errorOf(response) {
    let message = `${response.status} ${response.statusText}`.trim();
    try {
      const body = await response.json();
      if (body && body.error && body.error.message) message = body.error.message;
    } catch (_) { /* not JSON: keep the status line */ }
    const status = response.status;
    if (status === 401) {
      return new ApiError(`This hive needs an API key (${message}). Enter it under “API key” at the top.`, status);
    }
    if (status === 429) return new ApiError(`Too many requests: ${message}.`, status);
    if (status === 404) return new ApiError(`Not found: ${message}.`, status);
    if (status >= 500) return new ApiError(`The hive failed to answer: ${message}.`, status);
    return new ApiError(`The hive rejected this: ${message}.`, status);
  }

  // Server-Sent Events over fetch (EventSource cannot send the API key header).
  async function* sseEvents(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer = (buffer + value).replace(/\r\n/g, "\n");
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split("\n").filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).replace(/^ /, "")).join("\n");
          if (data) yield JSON.parse(data);
        }
      }
    } finally {
      reader.cancel().catch(() => {});
    }
  }

  // ---- asking -----------------------------------------------------------------------------------
  function requestBody(raw) {
    if (!raw.startsWith("{")) return { text: raw };
    let parsed;
    try {
      parsed = JSON.parse(raw);
    } catch (err) {
      throw new ApiError(`That looks like a JSON plan but is not valid JSON: ${err.message}.`, 0);
    }
    return { plan: parsed.plan || parsed };
  }

  async function ask(event) {
    event.preventDefault();
    const raw = $("#query").value.trim();
    hideError();
    if (!raw) return showError("Type a question first.");
    const button = $("#ask");
    button.disabled = true;
    button.textContent = "Asking…";
    try {
      const body = requestBody(raw);
      const response = await api("/v1/queries", {
        method: "POST",
        body: JSON.stringify({ ...body, wait: false }),
      });
      const { query_id: queryId } = await response.json();
      remember(queryId, raw, "running");
      follow(queryId);
    } catch (err) {
      showError(err.message);
    } finally {
      button.disabled = false;
      button.textContent = "Ask";
    }
  }

  async function follow(queryId) {
    if (state.abort) state.abort.abort();
    const abort = new AbortController();
    state.abort = abort;
    resetView(queryId);
    try {
      const path = `/v1/queries/${encodeURIComponent(queryId)}/events`;
      const response = await api(path, { signal: abort.signal, headers: { accept: "text/event-stream" } });
      for await (const event of sseEvents(response.body)) {
        if (abort.signal.aborted) return;
        handle(event);
        if (event.type === "answer") return;
      }
      // The stream ended early (server restart): read the answer as it is now.
      const answer = await (await api(`/v1/queries/${encodeURIComponent(queryId)}`)).json();
      showAnswer(answer);
    } catch (err) {
      if (err.name !== "AbortError") showError(err.message);
    }
  }

  function handle(event) {
    if (event.type === "plan") {
      state.nodes = new Map(event.plan.nodes.map((n) => [n.id, { ...n, status: "pending" }]));
      HiveGraph.draw($("#graph"), [...state.nodes.values()], select);
      renderTasks();
      if (event.plan.unsupported.length) {
        $("#answer-text").textContent = "Not served: " +
          event.plan.unsupported.map((u) => `“${u.text}” (${u.reason})`).join("; ");
      }
    } else if (event.type === "task_started") {
      patch(event.task_id, { status: "running", input: event.input });
    } else if (event.type === "task_done" || event.type === "task_failed") {
      patch(event.task.id, event.task);
    } else if (event.type === "answer") {
      for (const task of event.answer.tasks) patch(task.id, task);
      showAnswer(event.answer);
    }
  }

  function patch(id, fields) {
    const node = state.nodes.get(id) || { id };
    Object.assign(node, fields);
    state.nodes.set(id, node);
    HiveGraph.update($("#graph"), node);
    renderTasks();
  }

  // ---- showing ------------------------------------------------------------------------------------
  function resetView(queryId) {
    state.queryId = queryId;
    state.nodes = new Map();
    state.selected = null;
    $("#query-id").textContent = queryId;
    const svg = $("#graph");
    svg.replaceChildren();
    svg.setAttribute("aria-label", "Task graph: waiting for the plan");
    setBadge("running");
    $("#answer-latency").textContent = "";
    $("#answer-text").textContent = "";
    renderTasks();
  }

  function setBadge(status) {
    const badge = $("#answer-status");
    badge.textContent = status;
    badge.className = `badge ${status}`;
  }

  function showAnswer(answer) {
    setBadge(answer.status);
    $("#answer-text").textContent = answer.text;
    $("#answer-latency").textContent =
      answer.latency_ms == null ? "" : `in ${answer.latency_ms.toFixed(1)} ms`;
    remember(answer.query_id, null, answer.status);
  }

  function outputOf(node) {
    if (node.status === "done" && node.output) return JSON.stringify(node.output.value);
    return node.error || "";
  }

  function renderTasks() {
    const rows = [...state.nodes.values()].map((node) => {
      const tr = document.createElement("tr");
      tr.dataset.id = node.id;
      tr.classList.toggle("selected", node.id === state.selected);
      const took = node.latency_ms == null ? "" : `${node.latency_ms.toFixed(1)} ms`;
      const cells = [node.id, node.specialist, node.status, node.input, outputOf(node), took];
      cells.forEach((text, i) => {
        const td = document.createElement(i === 0 ? "th" : "td");
        if (i === 0) td.scope = "row";
        td.textContent = text ?? "";
        if (i === 2) td.className = `status-${node.status}`;
        tr.append(td);
      });
      tr.addEventListener("click", () => select(node.id));
      return tr;
    });
    $("#tasks tbody").replaceChildren(...rows);
  }

  function select(id) {
    state.selected = id;
    HiveGraph.select($("#graph"), id);
    renderTasks();
    const row = $(`#tasks tr[data-id="${CSS.escape(id || "")}"]`);
    if (row) row.scrollIntoView({ block: "nearest" });
  }

  function showError(message) {
    const box = $("#error");
    box.textContent = message;
    box.hidden = false;
  }

  function hideError() {
    $("#error").hidden = true;
    $("#error").textContent = "";
  }

  // ---- recent queries (this browser) -----------------------------------------------------------
  function recent() {
    try {
      return JSON.parse(localStorage.getItem(RECENT_KEY) || "[]");
    } catch (_) {
      return [];
    }
  }

  function remember(id, text, status) {
    const list = recent();
    const known = list.find((q) => q.id === id);
    if (known) known.status = status;
    else if (text) list.unshift({ id, text, status });
    localStorage.setItem(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_MAX)));
    renderRecent();
  }

  function renderRecent() {
    const items = recent().map((q) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = q.text.length > 60 ? q.text.slice(0, 59) + "…" : q.text;
      button.title = `Show query ${q.id} again`;
      button.addEventListener("click", () => {
        hideError();
        $("#query").value = q.text;
        follow(q.id);
      });
      const status = document.createElement("span");
      status.className = "muted";
      status.textContent = ` ${q.status}`;
      li.append(button, status);
      return li;
    });
    $("#recent").replaceChildren(...items);
    $("#recent-empty").hidden = items.length > 0;
  }

  // ---- the hive: specialists and health ------------------------------------------------------
  async function refreshSpecialists() {
    const body = $("#specialists tbody");
    try {
      const { specialists } = await (await api("/v1/specialists")).json();
      body.replaceChildren(...specialists.map(specialistRow));
    } catch (err) {
      const tr = document.createElement("tr");
      const td = document.createElement("td");
      td.colSpan = 4;
      td.className = "muted";
      td.textContent = err.message;
      tr.append(td);
      body.replaceChildren(tr);
    }
  }

  function specialistRow(s) {
    const tr = document.createElement("tr");
    tr.dataset.name = s.name;
    tr.title = s.manifest.description;
    const p50 = s.p50_latency_ms == null ? "–" : `${s.p50_latency_ms.toFixed(1)} ms`;
    const replicas = `${s.replicas}/${s.configured_replicas}${s.ready ? "" : " (down)"}`;
    for (const text of [s.name, replicas, String(s.queue_depth), p50]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  }

  // ---- documents: what docs answers from, and how far its replicas have indexed them -----------
  let docsTimer = null;

  async function refreshDocuments() {
    clearTimeout(docsTimer);
    const status = $("#docs-status");
    let listing;
    try {
      listing = await (await api("/v1/documents")).json();
    } catch (err) {
      status.textContent = err.message;
      return;
    }
    $("#documents").replaceChildren(...listing.documents.map(documentItem));
    const replicas = listing.replicas || [];
    const behind = replicas.filter((r) => r.version < listing.version);
    if (!listing.documents.length) {
      status.textContent = "None yet: add text files for the docs specialist to answer from.";
    } else if (!replicas.length) {
      status.textContent = "No docs replica is running; one indexes these when it starts.";
    } else if (behind.length) {
      const done = Math.min(...replicas.map((r) => indexedFraction(r, listing.version)));
      status.textContent = `Indexing… ${Math.floor(done * 100)}% (${behind.length} of ${replicas.length} docs replicas)`;
      docsTimer = setTimeout(refreshDocuments, 500);  // follow it closely until it is done
    } else {
      const sentences = Math.min(...replicas.map((r) => r.passages));
      status.textContent = `Indexed: ${sentences} sentences to answer from.`;
    }
  }

  function indexedFraction(replica, version) {
    if (replica.version >= version) return 1;
    if (replica.indexing != null && replica.indexing >= version && replica.total_chars) {
      return replica.done_chars / replica.total_chars;
    }
    return 0;
  }

  function documentItem(doc) {
    const li = document.createElement("li");
    const name = document.createElement("span");
    name.className = "mono";
    name.textContent = doc.id;
    const size = document.createElement("span");
    size.className = "muted";
    size.textContent = ` ${doc.chars.toLocaleString()} chars `;
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "link";
    remove.textContent = "delete";
    remove.setAttribute("aria-label", `Delete ${doc.id}`);
    remove.addEventListener("click", async () => {
      try {
        await api(`/v1/documents/${encodeURIComponent(doc.id)}`, { method: "DELETE" });
      } catch (err) {
        showError(err.message);
      }
      refreshDocuments();
    });
    li.append(name, size, remove);
    return li;
  }

  async function addDocuments(files) {
    hideError();
    for (const file of files) {
      let text;
      try {
        text = await file.text();
      } catch (_) {
        showError(`Cannot read ${file.name}.`);
        continue;
      }
      // A PDF or an image decodes to NULs and U+FFFD: refuse it rather than index noise.
      const unreadable = (text.match(/[\u0000\uFFFD]/g) || []).length;
      if (unreadable > Math.max(3, text.length / 100)) {
        showError(`${file.name} is not a UTF-8 text file; save it as plain text first.`);
        continue;
      }
      try {
        const body = JSON.stringify({ id: file.name, text });
        await api("/v1/documents", { method: "POST", body });
      } catch (err) {
        showError(`${file.name}: ${err.message}`);
      }
    }
    refreshDocuments();
  }

  async function refreshHealth() {
    const line = $("#health");
    try {
      const response = await fetch("/healthz");
      const report = await response.json();
      const names = Object.entries(report.specialists || {});
      const down = names.filter(([, s]) => !s.ready).map(([name]) => name);
      line.className = `health ${report.status === "ok" ? "ok" : "bad"}`;
      line.textContent = report.status === "ok"
        ? `hive ok · ${names.length} specialists ready`
        : `hive ${report.status}: ${down.length ? `no live replica of ${down.join(", ")}` : `redis ${report.redis}`}`;
    } catch (_) {
      line.className = "health bad";
      line.textContent = `cannot reach the hive at ${location.origin}`;
    }
  }

  // ---- wiring -------------------------------------------------------------------------------------
  function wire() {
    $("#ask-form").addEventListener("submit", ask);
    $("#query").addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        $("#ask-form").requestSubmit();
      }
    });
    document.addEventListener("keydown", (e) => {
      const typing = ["INPUT", "TEXTAREA"].includes(document.activeElement?.tagName);
      if (e.key === "/" && !typing) {
        e.preventDefault();
        $("#query").focus();
      } else if (e.key === "Escape" && state.selected) {
        select(null);
      }
    });
    $("#api-key").value = state.key;
    $("#key-form").addEventListener("submit", (e) => {
      e.preventDefault();
      state.key = $("#api-key").value.trim();
      sessionStorage.setItem("hive.key", state.key);
      hideError();
      refreshSpecialists();
      refreshDocuments();
    });
    $("#doc-files").addEventListener("change", (e) => {
      addDocuments([...e.target.files]).finally(() => { e.target.value = ""; });
    });
    renderRecent();
    refreshHealth();
    refreshSpecialists();
    refreshDocuments();
    setInterval(() => {
      if (document.visibilityState === "visible") {
        refreshSpecialists();
        refreshHealth();
        refreshDocuments();
      }
    }, 5000);
    $("#query").focus();
  }

  wire();
})();
