# METADATA
# title: Bedrock guardrail has sensitive-information (PII) filters
# description: |
#   Sensitive-information filters block or mask personal data and secrets
#   in prompts and responses (OWASP LLM02, sensitive information
#   disclosure). A guardrail without sensitive_information_policy_config,
#   or whose entities and regexes all have the action NONE, filters nothing.
# custom:
#   id: AWS-BR-004
#   severity: medium
#   resource_types: [aws_bedrock_guardrail]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [DP-2]
#   remediation:
#     terraform: >-
#       Add `sensitive_information_policy_config` with `pii_entities_config` (for example `type = "EMAIL"`, `action = "ANONYMIZE"`) or `regexes_config` blocks whose action is `BLOCK` or `ANONYMIZE`.
#   since: 0.1.0
package posture.aws.bedrock.guardrail_sensitive_info

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["sensitive_information_policy_config"]} if {
	count(object.get(input.resource, "sensitive_information_policy_config", [])) == 0
	msg := sprintf("Bedrock guardrail %s does not filter sensitive information: sensitive_information_policy_config is not set.", [terraform.label])
}

deny contains {"msg": msg, "path": ["sensitive_information_policy_config", i]} if {
	some i, c in input.resource.sensitive_information_policy_config
	entries := array.concat(object.get(c, "pii_entities_config", []), object.get(c, "regexes_config", []))
	not any_active(entries)
	msg := sprintf("Bedrock guardrail %s does not filter sensitive information: every entity and regex of sensitive_information_policy_config has the action NONE.", [terraform.label])
}

any_active(entries) if {
	some e in entries
	some k in ["action", "input_action", "output_action"]
	a := e[k]
	a != "NONE"
}
