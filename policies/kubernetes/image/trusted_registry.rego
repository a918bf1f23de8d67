# METADATA
# title: Images only from trusted registries
# description: |
#   Images pulled from public or unvetted registries (a random LLM runtime
#   on Docker Hub) bypass the scanning and signing of your own registry.
#   The allow-list is the parameter registries; without one the control is
#   not applicable.
# custom:
#   id: K8S-IMG-003
#   severity: medium
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#   defender: Kubernetes cluster containers should only use allowed images
#   remediation:
#     kubernetes: >-
#       Pull the image from one of your trusted registries (mirror it into your ACR, ECR or Artifact Registry) or add the registry to the K8S-IMG-003 `registries` parameter.
#   params:
#     registries: []
#   since: 0.1.0
package posture.kubernetes.image.trusted_registry

import data.posture.lib
import data.posture.lib.kubernetes as k8s

# registries is the allow-list: host patterns with * for one DNS label
# (*.azurecr.io, 123456789012.dkr.ecr.*.amazonaws.com, *-docker.pkg.dev),
# optionally followed by a repository prefix (ghcr.io/acme). Docker Hub
# images are docker.io (nginx is docker.io/library/nginx).
registries := [r | some r in object.get(lib.params("K8S-IMG-003"), "registries", []); is_string(r); r != ""]

deny contains {"msg": msg, "path": array.concat(c.path, ["image"])} if {
	count(registries) > 0
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	image != ""
	ref := parse(image)
	not trusted(ref)
	msg := sprintf("%s pulls image %q from registry %q, which is not in the trusted registries (%s).", [k8s.container_label(c), image, ref.host, concat(", ", registries)])
}

# parse splits an image reference into its registry host and repository,
# the way the container runtimes resolve it: the first segment is a host
# when it has a dot or a port or is localhost, else the image is on Docker
# Hub (library/ for single-segment names).
parse(image) := {"host": host, "repo": repo} if {
	name := split(split(image, "@")[0], "/")
	count(name) > 1
	is_host(name[0])
	host := normalize_host(name[0])
	repo := strip_tag(concat("/", array.slice(name, 1, count(name))))
} else := {"host": "docker.io", "repo": repo} if {
	name := split(split(image, "@")[0], "/")
	count(name) > 1
	repo := strip_tag(concat("/", name))
} else := {"host": "docker.io", "repo": concat("/", ["library", strip_tag(split(image, "@")[0])])}

is_host(s) if contains(s, ".")

is_host(s) if contains(s, ":")

is_host("localhost")

normalize_host(h) := "docker.io" if lower(h) in {"index.docker.io", "registry-1.docker.io", "docker.io"}

else := lower(h)

# strip_tag removes :tag from the last path segment.
strip_tag(repo) := concat("/", array.concat(array.slice(parts, 0, count(parts) - 1), [split(parts[count(parts) - 1], ":")[0]])) if {
	parts := split(repo, "/")
}

trusted(ref) if {
	some entry in registries
	entry_matches(lower(entry), ref)
}

entry_matches(entry, ref) if {
	not contains(entry, "/")
	glob.match(entry, ["."], ref.host)
}

entry_matches(entry, ref) if {
	parts := split(entry, "/")
	count(parts) > 1
	glob.match(parts[0], ["."], ref.host)
	prefix := trim_right(concat("/", array.slice(parts, 1, count(parts))), "/")
	repo_under(lower(ref.repo), prefix)
}

repo_under(repo, prefix) if repo == prefix

repo_under(repo, prefix) if startswith(repo, concat("", [prefix, "/"]))
