# METADATA
# title: EKS API endpoint not public to the world
# description: |
#   A public Kubernetes API endpoint is exposed to credential-stuffing and to
#   attacks on API server vulnerabilities. EKS makes the endpoint public and
#   open to 0.0.0.0/0 unless vpc_config says otherwise: public and open to
#   the world is critical, public but limited to listed CIDRs is medium.
# custom:
#   id: AWS-EKS-001
#   severity: high
#   resource_types: [aws_eks_cluster]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     aws-fsbp: [EKS.1]
#   remediation:
#     terraform: >-
#       In `vpc_config`, set `endpoint_private_access = true` and `endpoint_public_access = false`, or restrict `public_access_cidrs` to the operators' ranges.
#   since: 0.1.0
package posture.aws.eks.public_endpoint

import data.posture.lib
import data.posture.lib.terraform

public_path := ["vpc_config", 0, "endpoint_public_access"]

cidrs_path := ["vpc_config", 0, "public_access_cidrs"]

public if object.get(input.resource, public_path, true) == true

# Public and open to the world (no CIDRs: the EKS default 0.0.0.0/0).
deny contains {"msg": msg, "path": public_path, "severity": "critical"} if {
	public
	lib.known("vpc_config[0].public_access_cidrs")
	count(object.get(input.resource, cidrs_path, [])) == 0
	msg := sprintf("EKS cluster %s exposes its API endpoint to the whole internet: %s and public_access_cidrs is not set (the EKS default is 0.0.0.0/0).", [
		terraform.label, terraform.found(public_path, "the default is true"),
	])
}

deny contains {"msg": msg, "path": array.concat(cidrs_path, [i]), "severity": "critical"} if {
	public
	lib.known("vpc_config[0].endpoint_public_access")
	some i, cidr in object.get(input.resource, cidrs_path, [])
	cidr in {"0.0.0.0/0", "::/0"}
	msg := sprintf("EKS cluster %s exposes its API endpoint to the whole internet: public_access_cidrs contains %q.", [terraform.label, cidr])
}

# Public, restricted to listed CIDRs.
deny contains {"msg": msg, "path": public_path, "severity": "medium"} if {
	public
	lib.known("vpc_config[0].public_access_cidrs")
	cidrs := object.get(input.resource, cidrs_path, [])
	count(cidrs) > 0
	not "0.0.0.0/0" in cidrs
	not "::/0" in cidrs
	msg := sprintf("EKS cluster %s has a public API endpoint, limited to %s: %s.", [
		terraform.label, concat(", ", cidrs), terraform.found(public_path, "the default is true"),
	])
}
