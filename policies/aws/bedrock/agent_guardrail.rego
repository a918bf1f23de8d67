# METADATA
# title: Bedrock agents have a guardrail
# description: |
#   Agents call tools and read data on the user's behalf. Without a
#   guardrail, prompt injection and harmful or leaking output are not
#   filtered (OWASP LLM01, LLM05). An agent has no guardrail unless
#   guardrail_configuration names one.
# custom:
#   id: AWS-BR-002
#   severity: high
#   resource_types: [aws_bedrockagent_agent]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#   defender: AWS Bedrock agents should use guardrails when allowing access to generative AI applications
#   remediation:
#     terraform: >-
#       Add `guardrail_configuration { guardrail_identifier = aws_bedrock_guardrail.this.guardrail_id; guardrail_version = aws_bedrock_guardrail_version.this.version }`.
#   since: 0.1.0
package posture.aws.bedrock.agent_guardrail

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["guardrail_configuration"]} if {
	count(object.get(input.resource, "guardrail_configuration", [])) == 0
	msg := sprintf("Bedrock agent %s has no guardrail: guardrail_configuration is not set.", [terraform.label])
}

deny contains {"msg": msg, "path": path} if {
	some i, _ in input.resource.guardrail_configuration
	path := ["guardrail_configuration", i, "guardrail_identifier"]
	object.get(input.resource, path, "") == ""
	msg := sprintf("Bedrock agent %s has no guardrail: %s.", [terraform.label, terraform.found(path, "no guardrail")])
}
