# METADATA
# title: Service-account token not auto-mounted unless needed
# description: |
#   Every pod gets its service account's API token mounted unless told
#   otherwise; a token stolen from an AI application pod lets the attacker
#   call the API server with that identity. Disable automounting on the
#   pod or on its ServiceAccount and mount a token only where the workload
#   talks to the API.
# custom:
#   id: K8S-SA-001
#   severity: medium
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.6"]
#     mcsb: [PV-2]
#   defender: Kubernetes clusters should disable automounting API credentials
#   remediation:
#     kubernetes: >-
#       Set `automountServiceAccountToken: false` in the pod spec, or on the ServiceAccount the pod uses (the pod-level value wins when both are set).
#   fix:
#     kubernetes: {set: {automountServiceAccountToken: false}}
#   since: 0.1.0
package posture.kubernetes.serviceaccount.automount_token

import data.posture.lib
import data.posture.lib.kubernetes as k8s

pod_value := object.get(k8s.pod_spec, "automountServiceAccountToken", null)

path := array.concat(k8s.pod_spec_path, ["automountServiceAccountToken"])

# The pod sets it to true: the pod-level value wins over the ServiceAccount.
deny contains {"msg": msg, "path": path} if {
	pod_value == true
	msg := sprintf("%s mounts the API token of service account %q: automountServiceAccountToken: true.", [k8s.workload, account])
}

# Not set on the pod: the ServiceAccount, declared in the scan, decides.
# The same account may be declared in several files (alternative installs,
# copies kept for two overlays): the declaration in the pod's own file
# decides, else one finding names every declaration that leaves
# automounting on.
deny contains {"msg": msg, "path": account_path} if {
	pod_value == null
	count(mounting) > 0
	msg := sprintf("%s mounts the API token of service account %q: automountServiceAccountToken is not set in the pod spec and the ServiceAccount (%s) %s.", [k8s.workload, account, concat(", ", sort(mounting)), sa_states])
}

# mounting are the files declaring the account with automounting left on,
# mounted_values what those declarations set.
mounting contains sa.file if {
	some sa in deciding
	object.get(sa.resource, "automountServiceAccountToken", null) != false
}

mounted_values contains v if {
	some sa in deciding
	v := object.get(sa.resource, "automountServiceAccountToken", null)
	v != false
}

sa_states := sa_state(v) if {
	count(mounted_values) == 1
	some v in mounted_values
} else := "does not set it to false"

# Not set on the pod and the ServiceAccount is not in the scan: it may
# disable automounting, so the check needs review unless the scan is
# declared complete (§0.5).
deny contains {"msg": msg, "path": account_path, "status": lib.graph_status} if {
	pod_value == null
	count(accounts) == 0
	msg := sprintf("%s mounts the API token of service account %q: automountServiceAccountToken is not set in the pod spec (default true) and the ServiceAccount is not among the scanned files.", [k8s.workload, account])
}

# account is the service account the pods run as.
account := name if {
	name := k8s.pod_spec.serviceAccountName
	is_string(name)
	name != ""
} else := name if {
	name := k8s.pod_spec.serviceAccount
	is_string(name)
	name != ""
} else := "default"

# account_path blames the field that names the service account, else the
# pod spec (the default account).
account_path := array.concat(k8s.pod_spec_path, ["serviceAccountName"]) if {
	k8s.pod_spec.serviceAccountName == account
} else := array.concat(k8s.pod_spec_path, ["serviceAccount"]) if {
	k8s.pod_spec.serviceAccount == account
} else := k8s.pod_spec_path

# accounts are the ServiceAccounts of that name in the pod's namespace.
accounts := [sa |
	some sa in k8s.in_namespace("ServiceAccount")
	sa.resource.metadata.name == account
]

deciding := [sa | some sa in accounts; sa.file == input.file] if {
	some sa in accounts
	sa.file == input.file
} else := accounts

sa_state(null) := "does not set it either (default true)"

sa_state(v) := sprintf("sets it to %s", [k8s.show(v)]) if v != null
