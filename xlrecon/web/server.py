"""``xlrecon serve``: the app run by uvicorn on one host and port.

On loopback (the default, 127.0.0.1) the page is the user's own; on any other host every
request needs a token (the one given, or one generated here), and the address printed
carries it. A browser is opened on the page with ``open_browser``.
"""

from __future__ import annotations

import ipaddress
import secrets
import socket
from collections.abc import Callable

from xlrecon.messages import web_text


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def plan(host: str, port: int, token: str | None) -> tuple[str | None, str]:
    """The token the server requires (None: none) and the address of its page."""
    if token is None and not is_loopback(host):
        token = secrets.token_urlsafe(18)
    # every address of this machine: colleagues reach it by its name
    shown = socket.gethostname() if host in ("0.0.0.0", "::") else host  # noqa: S104
    shown = f"[{shown}]" if ":" in shown and not shown.startswith("[") else shown
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    return token, url


def serve(host: str = "127.0.0.1", port: int = 8765, *, token: str | None = None, max_upload_mb: int = 100,
          open_browser: bool = False, lang: str = "zh", allow_origins: tuple[str, ...] = (),
          say: Callable[[str], None] = print) -> None:
    import uvicorn

    from xlrecon.web.app import Settings, create_app

    token, url = plan(host, port, token)
    sock = bind(host, port)  # before anything is said: a port that is taken is an error of its own
    app = create_app(Settings(token=token, max_upload_mb=max_upload_mb, allow_origins=tuple(allow_origins)))
    say(web_text("serve.listening", lang, url=url))
    if token is not None:
        say(web_text("serve.token", lang, host=host))
    say(web_text("serve.stop", lang))
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port``; raises OSError (``errno.EADDRINUSE`` for a port
    that is taken)."""
    infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock
