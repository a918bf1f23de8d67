# METADATA
# title: No create access to pods
# description: |
#   Whoever can create pods in a namespace can run any image as any service
#   account of the namespace and mount every Secret and ConfigMap in it: the
#   grant is as strong as the most privileged account there. Workloads should
#   be created by controllers and deploy pipelines, not by application
#   service accounts.
# custom:
#   id: K8S-RBAC-004
#   severity: medium
#   resource_types: [rbac.authorization.k8s.io/Role, rbac.authorization.k8s.io/ClusterRole]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.4"]
#   remediation:
#     kubernetes: >-
#       Remove `create` on `pods` from the role; let a Deployment, Job or the deploy pipeline create pods, and bind the role only to that pipeline's identity.
#   fix:
#     none: the grant has to be removed from the role, and the subjects that need it given a narrower one
#   since: 0.2.0
package posture.kubernetes.rbac.create_pods

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": ["rules", g.i, "resources", g.j]} if {
	some g in k8s.grants("", {"pods"}, {"create"})
	msg := sprintf("%s lets its subjects create pods (and so run as any service account and mount any Secret of the namespace): rules[%d] grants %s on %s.", [k8s.role_label, g.i, concat(", ", g.verbs), g.resource])
}
