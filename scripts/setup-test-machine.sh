#!/usr/bin/env bash
# Make the test machine ready: a Docker engine and the local Python base image for the container tests,
# bubblewrap for the sandbox tests, and Chromium for the HTML report tests; safe to run again.
# Nothing is pulled: the base image is built from Debian packages with debootstrap and `docker import`.
set -euo pipefail

BASE_IMAGE="${BASE_IMAGE:-roadmap-grader/python-base:bookworm}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
DOCKERD_LOG="${DOCKERD_LOG:-/tmp/roadmap-grader-dockerd.log}"
ENGINE_WAIT_SECONDS=60

say() { echo "setup-test-machine: $*"; }
die() { echo "setup-test-machine: error: $*" >&2; exit 1; }

# 1. The packages: the engine (docker.io), the tool that builds the base image's root filesystem, bubblewrap,
#    which sandboxes learner programs (steps 1 and 10), and Chromium, which the tests open report.html in.
PACKAGES="docker.io debootstrap bubblewrap chromium"
if command -v dockerd >/dev/null && command -v docker >/dev/null && command -v debootstrap >/dev/null \
        && command -v bwrap >/dev/null && command -v chromium >/dev/null; then
    say "$PACKAGES are installed"
else
    say "installing $PACKAGES with apt-get"
    [ "$(id -u)" = 0 ] || die "installing packages needs root: run as root, or install $PACKAGES first"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || die "apt-get update failed"
    # shellcheck disable=SC2086
    apt-get install -y -qq $PACKAGES >/dev/null || die "apt-get install $PACKAGES failed"
fi

# 2. The engine: start one without a bridge or iptables (containers use host networking) when none answers.
if docker info >/dev/null 2>&1; then
    say "the Docker engine answers"
else
    say "starting dockerd (log: $DOCKERD_LOG)"
    nohup dockerd --bridge=none --iptables=false --ip6tables=false >"$DOCKERD_LOG" 2>&1 &
    dockerd_pid=$!
    for _ in $(seq "$ENGINE_WAIT_SECONDS"); do
        docker info >/dev/null 2>&1 && break
        kill -0 "$dockerd_pid" 2>/dev/null || die "dockerd exited at start; the end of its log:
$(tail -n 20 "$DOCKERD_LOG")"
        sleep 1
    done
    docker info >/dev/null 2>&1 || die "dockerd did not answer within ${ENGINE_WAIT_SECONDS} s; see $DOCKERD_LOG"
    say "the Docker engine answers (dockerd pid $dockerd_pid)"
fi

# 3. The base image: it must stand in for python:3.11-slim (a `python` command, `pip install` into the system).
base_is_fit() {
    docker image inspect "$BASE_IMAGE" >/dev/null 2>&1 &&
        docker run --rm --network host --entrypoint sh "$BASE_IMAGE" -c \
            'command -v python >/dev/null && command -v pip >/dev/null && ! ls /usr/lib/python3*/EXTERNALLY-MANAGED >/dev/null 2>&1'
}
if base_is_fit; then
    say "the base image $BASE_IMAGE is ready"
else
    say "building the base image $BASE_IMAGE with debootstrap (about a minute)"
    rootfs="$(mktemp -d /tmp/roadmap-grader-rootfs.XXXXXX)"
    trap 'rm -rf "$rootfs"' EXIT
    debootstrap --variant=minbase --include=python3,python3-venv,python3-pip,python-is-python3,ca-certificates \
        bookworm "$rootfs" "$MIRROR" >"$rootfs.log" 2>&1 || die "debootstrap failed; the end of its log:
$(tail -n 20 "$rootfs.log")"
    rm -f "$rootfs.log"
    # Like the official python images: pip installs into the system Python, and trusts this machine's CAs.
    rm -f "$rootfs"/usr/lib/python3*/EXTERNALLY-MANAGED
    cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/ca-certificates.crt"
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -c . | docker import \
        -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' -c 'ENV LANG=C.UTF-8' \
        -c 'CMD ["python3"]' - "$BASE_IMAGE" >/dev/null || die "docker import of the base image failed"
    base_is_fit || die "the new base image $BASE_IMAGE lacks python or pip"
    say "the base image $BASE_IMAGE is ready"
fi
