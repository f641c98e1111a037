#!/usr/bin/env bash
# Build the images of the gateway and the seven services from the jars in <module>/target (layered Boot jars),
# plus the Sentinel dashboard image.
#
#   deploy/docker/build-images.sh                 build jars if missing, then every image, tag 1.0.0-SNAPSHOT
#   TAG=1.4.2 REGISTRY=registry.example.com/nuoer deploy/docker/build-images.sh --push
#   deploy/docker/build-images.sh svc-billing svc-apicall      only these
#
# Images: ${REGISTRY}/<module>:${TAG} (REGISTRY defaults to "nuoer"). Needs Docker with BuildKit (the
# per-Dockerfile .dockerignore). Re-running after a code change rebuilds only the application layer.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REGISTRY="${REGISTRY:-nuoer}"
TAG="${TAG:-$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | sed -n 2p)}"
PUSH=0
MODULES=()
for arg in "$@"; do
  case "$arg" in
    --push) PUSH=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) MODULES+=("$arg") ;;
  esac
done
ALL=(gateway svc-portal svc-customer svc-billing svc-wallet svc-apicall svc-sales svc-contract)
NAMED=${#MODULES[@]}
[ "$NAMED" -gt 0 ] || MODULES=("${ALL[@]}")
export DOCKER_BUILDKIT=1

missing=()
for m in "${MODULES[@]}"; do [ -f "$ROOT/$m/target/$m.jar" ] || missing+=("$m"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[build-images] packaging ${missing[*]} ..."
  (cd "$ROOT" && ./mvnw -B -q -DskipTests -pl "$(IFS=,; echo "${missing[*]}")" -am package)
fi

for m in "${MODULES[@]}"; do
  image="$REGISTRY/$m:$TAG"
  echo "[build-images] $image"
  docker build -f "$ROOT/deploy/docker/Dockerfile" --build-arg "JAR=$m.jar" \
      --label "org.opencontainers.image.title=$m" --label "org.opencontainers.image.version=$TAG" \
      -t "$image" "$ROOT/$m/target"
  [ "$PUSH" = 0 ] || docker push "$image"
done

if [ "$NAMED" -eq 0 ]; then
  image="$REGISTRY/sentinel-dashboard:${SENTINEL_VERSION:-1.8.8}"
  echo "[build-images] $image"
  docker build --build-arg "SENTINEL_VERSION=${SENTINEL_VERSION:-1.8.8}" -t "$image" "$ROOT/deploy/docker/sentinel-dashboard"
  [ "$PUSH" = 0 ] || docker push "$image"
fi
echo "[build-images] done: tag $TAG"
