# METADATA
# title: Secrets mounted as files, not environment variables
# description: |
#   Environment variables leak: crash dumps, /proc/<pid>/environ, debug
#   endpoints, logs and every child process see them. A secret mounted as a
#   file can be scoped, rotated in place and read only when needed.
# custom:
#   id: K8S-SEC-001
#   severity: low
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.4.1"]
#   remediation:
#     kubernetes: >-
#       Mount the Secret as a volume (`volumes: [{name: creds, secret: {secretName: ...}}]` plus a `volumeMount`) and have the application read the file, instead of `env[].valueFrom.secretKeyRef` or `envFrom[].secretRef`.
#   since: 0.1.0
package posture.kubernetes.secrets.env_secrets

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": array.concat(c.path, ["env", i, "valueFrom", "secretKeyRef"])} if {
	some c in k8s.containers
	some i, e in c.container.env
	ref := e.valueFrom.secretKeyRef
	ref != null
	msg := sprintf("%s reads Secret %q (key %q) into the environment variable %s (env[%d].valueFrom.secretKeyRef).", [k8s.container_label(c), object.get(ref, "name", ""), object.get(ref, "key", ""), object.get(e, "name", ""), i])
}

deny contains {"msg": msg, "path": array.concat(c.path, ["envFrom", i, "secretRef"])} if {
	some c in k8s.containers
	some i, e in c.container.envFrom
	ref := e.secretRef
	ref != null
	msg := sprintf("%s loads every key of Secret %q into its environment (envFrom[%d].secretRef).", [k8s.container_label(c), object.get(ref, "name", ""), i])
}
