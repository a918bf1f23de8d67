# METADATA
# title: Lambda permissions do not grant invocation to everyone
# description: |
#   An aws_lambda_permission with principal "*" and no source_arn,
#   source_account or principal_org_id lets any AWS account invoke the
#   function, and anyone at all when it is the permission of a function
#   URL without authentication. A grant to everyone needs a condition that
#   names the calling resource, account or organisation.
# custom:
#   id: AWS-LMB-002
#   severity: critical
#   resource_types: [aws_lambda_permission]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     aws-fsbp: [Lambda.1]
#   defender: >-
#     Lambda functions should restrict public access
#   remediation:
#     terraform: >-
#       Set `principal` to the account, organisation or service that invokes the function, and add
#       `source_arn` or `source_account` (or `principal_org_id`) to restrict it.
#   fix:
#     none: the principal that should invoke the function is a design decision, not a default
#   since: 0.2.0
package posture.aws.lambda.public_permission

import data.posture.lib
import data.posture.lib.terraform

restrictions := ["source_arn", "source_account", "principal_org_id"]

deny contains {"msg": msg, "path": ["principal"]} if {
	input.resource.principal == "*"
	every k in restrictions {
		lib.known(k)
		object.get(input.resource, k, null) == null
	}
	msg := sprintf("%s grants %s on the function to every principal: %s, and no source_arn, source_account or principal_org_id restricts the caller.", [
		terraform.label, object.get(input.resource, "action", "invocation"), terraform.found(["principal"], ""),
	])
}
