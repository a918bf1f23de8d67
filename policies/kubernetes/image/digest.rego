# METADATA
# title: Images pinned by digest
# description: |
#   A tag can be moved to another image at any time; only a digest
#   guarantees that the image that was scanned and approved is the one the
#   cluster pulls.
# custom:
#   id: K8S-IMG-002
#   severity: low
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Implement security best practices
#   remediation:
#     kubernetes: >-
#       Reference the image by digest: `registry/app@sha256:<digest>` (a tag may stay in front for readability: `registry/app:1.4.2@sha256:<digest>`).
#   since: 0.1.0
package posture.kubernetes.image.digest

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": array.concat(c.path, ["image"])} if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	not contains(image, "@sha256:")
	msg := sprintf("%s uses image %q, not pinned by digest (@sha256:…).", [k8s.container_label(c), image])
}
