# METADATA
# title: Bedrock guardrail blocks prompt attacks
# description: |
#   The PROMPT_ATTACK content filter is the guardrail's defence against
#   jailbreaks and prompt injection. It protects only when it is applied to
#   the input with strength MEDIUM or HIGH and its input action is not NONE.
# custom:
#   id: AWS-BR-003
#   severity: high
#   resource_types: [aws_bedrock_guardrail]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#   remediation:
#     terraform: >-
#       Add `content_policy_config { filters_config { type = "PROMPT_ATTACK"; input_strength = "HIGH"; output_strength = "NONE" } }`.
#   since: 0.1.0
package posture.aws.bedrock.guardrail_prompt_attack

import data.posture.lib.terraform

strong := {"MEDIUM", "HIGH"}

# filters are the PROMPT_ATTACK filters with their paths.
filters contains {"f": f, "path": ["content_policy_config", i, "filters_config", j]} if {
	some i, c in input.resource.content_policy_config
	some j, f in c.filters_config
	f.type == "PROMPT_ATTACK"
}

# policy_path is the content policy block, or where it belongs.
policy_path := ["content_policy_config", 0] if count(object.get(input.resource, "content_policy_config", [])) > 0

else := ["content_policy_config"]

effective(f) if {
	f.f.input_strength in strong
	object.get(f.f, "input_action", "BLOCK") != "NONE"
	object.get(f.f, "input_enabled", true) != false
}

deny contains {"msg": msg, "path": policy_path} if {
	count(filters) == 0
	msg := sprintf("Bedrock guardrail %s does not filter prompt attacks: content_policy_config has no PROMPT_ATTACK filter.", [terraform.label])
}

deny contains {"msg": msg, "path": path} if {
	some f in filters
	not effective(f)
	path := array.concat(f.path, [weakness(f)])
	msg := sprintf("Bedrock guardrail %s has a PROMPT_ATTACK filter that does not protect the input: %s.", [
		terraform.label, terraform.found(path, "no input filtering"),
	])
}

# (A body in braces: opa fmt v1.22.3 garbles the else clauses that follow
# a one-line `if not ...` body.)
weakness(f) := "input_strength" if {
	not object.get(f.f, "input_strength", "") in strong
} else := "input_action" if {
	object.get(f.f, "input_action", "BLOCK") == "NONE"
} else := "input_enabled"
