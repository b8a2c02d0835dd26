# The grader as a container: `docker run --rm -v "$PWD:/work" IMAGE step-2 /work/queries.sql`.
# BASE is a build argument so a locally built Python image can stand in where no registry is reachable.
ARG BASE=python:3.11-slim
FROM ${BASE}
WORKDIR /opt/roadmap-grader
COPY pyproject.toml README.md ./
COPY grader ./grader
COPY checkers ./checkers
COPY exercises ./exercises
RUN python3 -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir . && rm -rf /root/.cache
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /work
ENTRYPOINT ["grade"]
CMD ["list"]
