# METADATA
# title: The default service account does not automount its token
# description: |
#   Every pod that names no service account runs as the namespace's default
#   one and, unless it says otherwise, gets its API token mounted. Setting
#   automountServiceAccountToken to false on the default ServiceAccount
#   keeps that token out of every pod that did not ask for one, and makes
#   any role later bound to the default account harmless to them.
# custom:
#   id: K8S-SA-003
#   severity: low
#   resource_types: [ServiceAccount]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.5"]
#   remediation:
#     kubernetes: >-
#       Set `automountServiceAccountToken: false` on the ServiceAccount named `default`, and give workloads that call the API a dedicated service account.
#   fix:
#     kubernetes: {set: {automountServiceAccountToken: false}}
#   since: 0.2.0
package posture.kubernetes.serviceaccount.default_account_automount

deny contains {"msg": msg, "path": ["automountServiceAccountToken"]} if {
	input.name == "default"
	value := object.get(input.resource, "automountServiceAccountToken", null)
	value != false
	msg := sprintf("The default ServiceAccount%s mounts its API token into every pod that names no service account: %s.", [where, found(value)])
}

where := sprintf(" of namespace %q", [input.resource.metadata.namespace]) if is_string(input.resource.metadata.namespace)

else := ""

found(null) := "automountServiceAccountToken is not set (default true)"

found(v) := sprintf("automountServiceAccountToken: %s", [json.marshal(v)]) if v != null
