# METADATA
# title: No capabilities beyond the baseline set
# description: |
#   Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_MODULE, SYS_PTRACE or BPF
#   give a container kernel powers that lead straight to container escape;
#   the Baseline profile allows only the default runtime set.
# custom:
#   id: K8S-POD-005
#   severity: high
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     pss-baseline: [Capabilities]
#     cis-kubernetes: ["5.2.9"]
#   defender: Kubernetes cluster containers should only use allowed capabilities
#   remediation:
#     kubernetes: >-
#       Remove the capability from `securityContext.capabilities.add`; keep only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID or SYS_CHROOT.
#   since: 0.1.0
package posture.kubernetes.pod.capabilities_baseline

import data.posture.lib.kubernetes as k8s

baseline := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

deny contains finding if {
	some c in k8s.containers
	some i, cap in c.container.securityContext.capabilities.add
	is_string(cap)
	name := normalize(cap)
	not name in baseline
	finding := object.union(
		{
			"msg": sprintf("%s adds the capability %s (securityContext.capabilities.add[%d]), outside the Baseline set%s.", [k8s.container_label(c), cap, i, why(name)]),
			"path": array.concat(c.path, ["securityContext", "capabilities", "add", i]),
		},
		severity(name),
	)
}

# normalize reads CAP_SYS_ADMIN, sys_admin and SYS_ADMIN alike, as the
# container runtimes do.
normalize(cap) := trim_prefix(upper(cap), "CAP_")

severity(name) := {"severity": "critical"} if name in {"SYS_ADMIN", "ALL"}

else := {}

why("ALL") := ": every capability, as good as privileged"

why("SYS_ADMIN") := ": near-root on the node (mount, namespaces, BPF)"

why(name) := "" if not name in {"ALL", "SYS_ADMIN"}
