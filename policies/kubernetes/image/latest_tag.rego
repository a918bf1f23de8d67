# METADATA
# title: No latest or untagged images
# description: |
#   A mutable tag such as latest (or no tag, which means latest) makes the
#   running image unreproducible: a registry push silently changes what
#   serves your model, and a rollback cannot return to a known image.
# custom:
#   id: K8S-IMG-001
#   severity: medium
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#   defender: Kubernetes cluster container images should not include latest image tag
#   remediation:
#     kubernetes: >-
#       Pin the image to a version tag (`registry/app:1.4.2`) or, better, a digest (`registry/app@sha256:…`).
#   since: 0.1.0
package posture.kubernetes.image.latest_tag

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": array.concat(c.path, ["image"])} if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	not contains(image, "@")
	tag := image_tag(image)
	tag in {"", "latest"}
	msg := sprintf("%s %s (image %q); pin a version or digest.", [k8s.container_label(c), problem(tag), image])
}

# image_tag is the tag of an image reference, "" when it has none. The
# last path segment holds the tag, so a registry port (host:5000/app) is
# not mistaken for one.
image_tag(image) := tag if {
	segments := split(image, "/")
	last := segments[count(segments) - 1]
	parts := split(last, ":")
	count(parts) == 2
	tag := parts[1]
} else := ""

problem("") := "has no tag"

problem("latest") := "uses the latest tag"
