# METADATA
# title: CPU and memory limits and requests set
# description: |
#   A container without a memory or CPU limit can take the whole node: one
#   runaway inference or embedding pod (OWASP LLM10, unbounded consumption)
#   starves or OOM-kills everything scheduled beside it. GPU pods should
#   also set nvidia.com/gpu limits.
# custom:
#   id: K8S-RES-001
#   severity: medium
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   defender: Kubernetes cluster containers CPU and memory resource limits should not exceed the specified limits
#   remediation:
#     kubernetes: >-
#       Set `resources.limits.cpu` and `resources.limits.memory` (and the matching `requests`) on every container, or give the namespace a LimitRange with `default` limits for containers.
#   since: 0.1.0
package posture.kubernetes.resources.limits

import data.posture.lib
import data.posture.lib.kubernetes as k8s

kinds := ["cpu", "memory"]

# Containers and init containers; ephemeral containers take no resources.
sized contains c if {
	some c in k8s.containers
	k8s.container_field(c) != "ephemeralContainers"
}

# limit_ranges are the LimitRanges of the scan in the pods' namespace.
limit_ranges := k8s.in_namespace("LimitRange")

# defaulted(r) holds when a LimitRange gives containers a default limit
# for r: its default, or its max (which the API server copies into
# default when default is not set).
defaulted(r) if {
	some lr in limit_ranges
	some item in lr.resource.spec.limits
	item.type == "Container"
	some field in ["default", "max"]
	item[field][r] != null
}

# A request that is not set defaults to the limit, so a missing request
# matters only when the limit is missing too.
unbounded(c) := [r |
	some r in kinds
	object.get(c.container, ["resources", "limits", r], null) == null
	not defaulted(r)
]

# The namespace has LimitRanges in the scan but none gives these a
# default: decided.
deny contains {"msg": msg, "path": blame(c)} if {
	count(limit_ranges) > 0
	some c in sized
	missing := unbounded(c)
	count(missing) > 0
	msg := sprintf("%s has no %s limit (%s), and no LimitRange of namespace %s gives one by default.", [k8s.container_label(c), concat(" or ", missing), describe(c, missing), ns_label])
}

# No LimitRange of that namespace in the scan: one may be applied from
# elsewhere, so the check needs review unless the scan is declared
# complete (§0.5).
deny contains {"msg": msg, "path": blame(c), "status": lib.graph_status} if {
	count(limit_ranges) == 0
	some c in sized
	missing := unbounded(c)
	count(missing) > 0
	msg := sprintf("%s has no %s limit (%s): unbounded unless a LimitRange of namespace %s sets a default.", [k8s.container_label(c), concat(" or ", missing), describe(c, missing), ns_label])
}

# blame is resources.limits when the container has one, else the container.
blame(c) := array.concat(c.path, ["resources", "limits"]) if is_object(object.get(c.container, ["resources", "limits"], null))

else := c.path

describe(c, missing) := concat("; ", [d |
	some r in missing
	d := sprintf("resources.limits.%s is not set%s", [r, request_note(c, r)])
])

request_note(c, r) := " and neither is the request" if object.get(c.container, ["resources", "requests", r], null) == null

else := ""

ns_label := sprintf("%q", [k8s.namespace]) if k8s.namespace != ""

else := "(not set)"
