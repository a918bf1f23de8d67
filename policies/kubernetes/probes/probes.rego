# METADATA
# title: Liveness and readiness probes defined
# description: |
#   Without a readiness probe an inference server receives traffic before
#   the model is loaded and after it stops answering; without a liveness
#   probe a hung server is never restarted.
# custom:
#   id: K8S-PRB-001
#   severity: low
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, PodTemplate]
#   formats: [kubernetes]
#   control: Implement security best practices
#   remediation:
#     kubernetes: >-
#       Add a `readinessProbe` (traffic only once the model is loaded) and a `livenessProbe` (restart a hung server) to the container; give slow-loading models a `startupProbe`.
#   since: 0.1.0
package posture.kubernetes.probes.probes

import data.posture.lib.kubernetes as k8s

# Regular containers only (init and ephemeral containers take no probes);
# Jobs and CronJobs run to completion and are not routed here.
deny contains {"msg": msg, "path": array.concat(c.path, [missing[0]])} if {
	some c in k8s.app_containers
	missing := [p | some p in ["livenessProbe", "readinessProbe"]; not is_object(object.get(c.container, p, null))]
	count(missing) > 0
	msg := sprintf("%s defines no %s.", [k8s.container_label(c), concat(" and no ", missing)])
}
