"""The HTTP API (``create_app`` in ``hive.api.app``): routes, gates, telemetry, the console."""
