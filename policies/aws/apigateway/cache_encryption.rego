# METADATA
# title: API Gateway response caches are encrypted
# description: |
#   A stage cache keeps responses (model completions, retrieved documents)
#   for their TTL. cache_data_encrypted defaults to false: cached data is
#   stored unencrypted unless it is set.
# custom:
#   id: AWS-APIGW-004
#   severity: low
#   resource_types: [aws_api_gateway_method_settings]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-4]
#     aws-fsbp: [APIGateway.5]
#   defender: >-
#     API Gateway REST API cache data should be encrypted at rest
#   remediation:
#     terraform: >-
#       Set `settings { cache_data_encrypted = true }` wherever `caching_enabled = true`.
#   fix:
#     terraform:
#       set: {settings.cache_data_encrypted: true}
#   since: 0.2.0
package posture.aws.apigateway.cache_encryption

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	some i, s in input.resource.settings
	s.caching_enabled == true
	path := ["settings", i, "cache_data_encrypted"]
	object.get(input.resource, path, false) != true
	msg := sprintf("%s caches responses unencrypted: %s.", [
		terraform.label, terraform.found(path, "the default is false"),
	])
}
