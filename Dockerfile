# One image for every Hive container: the ray head, the ray workers and the API (see compose.yaml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    RAY_USAGE_STATS_ENABLED=0

RUN useradd --create-home --uid 1000 hive
WORKDIR /opt/hive

# Serving needs the runtime dependencies only (no torch): models ship as ONNX package data.
COPY pyproject.toml README.md ./
COPY hive ./hive
COPY orchestrator ./orchestrator
COPY specialists ./specialists
RUN pip install . && hive --help >/dev/null && ray --version

USER hive
ENV HIVE_HOME=/home/hive/.hive
WORKDIR /home/hive
CMD ["hive", "--help"]
