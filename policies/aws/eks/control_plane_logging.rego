# METADATA
# title: EKS control-plane logging enabled for all log types
# description: |
#   The audit and authenticator logs are needed to investigate a cluster
#   compromise; the api, controllerManager and scheduler logs complete the
#   picture. EKS enables none unless enabled_cluster_log_types lists them.
#   Missing audit or authenticator is medium, missing only the others low.
# custom:
#   id: AWS-EKS-003
#   severity: medium
#   resource_types: [aws_eks_cluster]
#   formats: [terraform]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#     aws-fsbp: [EKS.8]
#   remediation:
#     terraform: >-
#       Set `enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]`.
#   fix:
#     terraform: {set: {enabled_cluster_log_types: [api, audit, authenticator, controllerManager, scheduler]}}
#   since: 0.1.0
package posture.aws.eks.control_plane_logging

import data.posture.lib
import data.posture.lib.terraform

all_types := ["api", "audit", "authenticator", "controllerManager", "scheduler"]

essential := {"audit", "authenticator"}

deny contains {"msg": msg, "path": ["enabled_cluster_log_types"], "severity": severity} if {
	enabled := object.get(input.resource, "enabled_cluster_log_types", [])
	missing := [t | some t in all_types; not t in enabled]
	count(missing) > 0
	severity := level(missing)
	msg := sprintf("EKS cluster %s does not send the %s control-plane logs: %s.", [
		terraform.label, lib.and_list(missing), terraform.found(["enabled_cluster_log_types"], "no log type is enabled"),
	])
}

level(missing) := "medium" if {
	some t in missing
	t in essential
} else := "low"
