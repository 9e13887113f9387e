# edit a LABEL: BuildKit makes no step for it; buildah (classic semantics) misses from there on
sed -i 's/^LABEL stage=alpha$/LABEL stage=beta/' Dockerfile
