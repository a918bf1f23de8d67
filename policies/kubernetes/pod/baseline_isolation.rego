# METADATA
# title: No other Baseline violations (seccomp, AppArmor, SELinux, /proc, sysctls, HostProcess, probe hosts)
# description: |
#   Each of these settings switches off a kernel isolation layer or reaches
#   outside the pod: an unconfined seccomp or AppArmor profile, a custom
#   SELinux user, role or type, an unmasked /proc, a sysctl outside the
#   namespaced safe set, a Windows HostProcess container, or a probe or
#   lifecycle hook aimed at another host.
# custom:
#   id: K8S-POD-006
#   severity: medium
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     pss-baseline: [Seccomp, AppArmor, SELinux, /proc Mount Type, Sysctls, HostProcess, Probes / Lifecycle Hooks]
#   defender: Kubernetes cluster containers should only use allowed seccomp profiles
#   remediation:
#     kubernetes: >-
#       Remove the setting or use an allowed value: `seccompProfile.type: RuntimeDefault` (or `Localhost`), `appArmorProfile.type: RuntimeDefault` (or `Localhost`), no SELinux `user`/`role` and a `type` among container_t, container_init_t, container_kvm_t, container_engine_t, `procMount: Default`, only safe sysctls, no `windowsOptions.hostProcess`, no `host` in probes and lifecycle handlers.
#   since: 0.1.0
package posture.kubernetes.pod.baseline_isolation

import data.posture.lib.kubernetes as k8s

# Each security context of the pod: the pod level and every container,
# with the path of its securityContext and a label for messages.
contexts contains {"sc": k8s.pod_security_context, "path": k8s.pod_security_context_path, "who": k8s.workload, "where": "the pod securityContext"}

contexts contains {"sc": k8s.container_security_context(c), "path": array.concat(c.path, ["securityContext"]), "who": k8s.container_label(c), "where": "securityContext"} if {
	some c in k8s.containers
}

# Seccomp: Unconfined at either level.
deny contains {"msg": msg, "path": array.concat(ctx.path, ["seccompProfile", "type"])} if {
	some ctx in contexts
	ctx.sc.seccompProfile.type == "Unconfined"
	msg := sprintf("%s disables syscall filtering: seccompProfile.type: Unconfined in %s.", [ctx.who, ctx.where])
}

# AppArmor: the field (Kubernetes 1.30+) at either level.
deny contains {"msg": msg, "path": array.concat(ctx.path, ["appArmorProfile", "type"])} if {
	some ctx in contexts
	ctx.sc.appArmorProfile.type == "Unconfined"
	msg := sprintf("%s runs without AppArmor: appArmorProfile.type: Unconfined in %s.", [ctx.who, ctx.where])
}

# AppArmor: the beta annotations on the pod metadata.
deny contains {"msg": msg, "path": array.concat(k8s.pod_metadata_path, ["annotations", key])} if {
	some key, value in object.get(input.resource, array.concat(k8s.pod_metadata_path, ["annotations"]), {})
	startswith(key, "container.apparmor.security.beta.kubernetes.io/")
	not apparmor_annotation_allowed(value)
	msg := sprintf("%s sets the AppArmor profile of container %q to %s (allowed: runtime/default or localhost/<profile>).", [k8s.workload, substring(key, count("container.apparmor.security.beta.kubernetes.io/"), -1), k8s.show(value)])
}

apparmor_annotation_allowed(v) if v in {"", "runtime/default"}

apparmor_annotation_allowed(v) if startswith(v, "localhost/")

# SELinux: a type outside the container types, or any user or role.
selinux_types := {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

deny contains {"msg": msg, "path": array.concat(ctx.path, ["seLinuxOptions", "type"])} if {
	some ctx in contexts
	t := ctx.sc.seLinuxOptions.type
	t != null
	not t in selinux_types
	msg := sprintf("%s sets the SELinux type %s in %s (allowed: container_t, container_init_t, container_kvm_t, container_engine_t).", [ctx.who, k8s.show(t), ctx.where])
}

deny contains {"msg": msg, "path": array.concat(ctx.path, ["seLinuxOptions", field])} if {
	some ctx in contexts
	some field in ["user", "role"]
	v := ctx.sc.seLinuxOptions[field]
	v != null
	v != ""
	msg := sprintf("%s sets a custom SELinux %s in %s: seLinuxOptions.%s: %s.", [ctx.who, field, ctx.where, field, k8s.show(v)])
}

# /proc mount: anything but Default unmasks /proc.
deny contains {"msg": msg, "path": k8s.sc_path(c, "procMount")} if {
	some c in k8s.containers
	pm := k8s.container_security_context(c).procMount
	pm != null
	pm != "Default"
	msg := sprintf("%s unmasks /proc: securityContext.procMount: %s.", [k8s.container_label(c), k8s.show(pm)])
}

# Sysctls outside the safe, namespaced set.
safe_sysctls := {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
}

deny contains {"msg": msg, "path": array.concat(k8s.pod_sc_path("sysctls"), [i, "name"])} if {
	some i, s in k8s.pod_security_context.sysctls
	not s.name in safe_sysctls
	msg := sprintf("%s sets the sysctl %s, outside the safe set (it can affect the node or other pods).", [k8s.workload, k8s.show(s.name)])
}

# Windows HostProcess containers at either level.
deny contains {"msg": msg, "path": array.concat(ctx.path, ["windowsOptions", "hostProcess"])} if {
	some ctx in contexts
	ctx.sc.windowsOptions.hostProcess == true
	msg := sprintf("%s runs as a Windows HostProcess container (windowsOptions.hostProcess: true in %s): full access to the node.", [ctx.who, ctx.where])
}

# Probes and lifecycle handlers aimed at another host.
# (The handler is looked up in the body so that paths and names are built
# only for handlers that exist.)
handlers contains {"c": c, "h": h, "path": array.concat(c.path, [probe]), "name": probe} if {
	some c in k8s.containers
	some probe in ["livenessProbe", "readinessProbe", "startupProbe"]
	h := c.container[probe]
}

handlers contains {"c": c, "h": h, "path": array.concat(c.path, ["lifecycle", hook]), "name": concat(".", ["lifecycle", hook])} if {
	some c in k8s.containers
	some hook in ["postStart", "preStop"]
	h := c.container.lifecycle[hook]
}

deny contains {"msg": msg, "path": array.concat(h.path, [action, "host"])} if {
	some h in handlers
	some action in ["httpGet", "tcpSocket"]
	host := h.h[action].host
	is_string(host)
	host != ""
	msg := sprintf("%s points its %s at another host: %s.%s.host: %s.", [k8s.container_label(h.c), h.name, h.name, action, k8s.show(host)])
}
