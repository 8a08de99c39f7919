"""``chronicle serve``: the REST API and the web UI in one ASGI app (FastAPI)."""
from chronicle.api.app import create_app

__all__ = ["create_app"]
