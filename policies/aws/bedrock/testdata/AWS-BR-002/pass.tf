variable "guardrail" {}

resource "aws_bedrock_guardrail" "chat" {
  name                      = "chat"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."
}

resource "aws_bedrockagent_agent" "guarded" {
  agent_name              = "support"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/agent"
  foundation_model        = "anthropic.claude-3-5-sonnet-20240620-v1:0"

  guardrail_configuration {
    guardrail_identifier = aws_bedrock_guardrail.chat.guardrail_id
    guardrail_version    = "DRAFT"
  }
}

resource "aws_bedrockagent_agent" "literal" {
  agent_name              = "support-2"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/agent"
  foundation_model        = "anthropic.claude-3-5-sonnet-20240620-v1:0"

  guardrail_configuration {
    guardrail_identifier = "gr-0123456789"
    guardrail_version    = "1"
  }
}

resource "aws_bedrockagent_agent" "unknown" {
  agent_name              = "support-3"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/agent"
  foundation_model        = "anthropic.claude-3-5-sonnet-20240620-v1:0"

  guardrail_configuration {
    guardrail_identifier = var.guardrail
    guardrail_version    = "1"
  }
}
