resource "aws_bedrockagent_agent" "none" { # want: AWS-BR-002 col 1
  agent_name              = "support"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/agent"
  foundation_model        = "anthropic.claude-3-5-sonnet-20240620-v1:0"
}

resource "aws_bedrockagent_agent" "empty" {
  agent_name              = "support-2"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/agent"
  foundation_model        = "anthropic.claude-3-5-sonnet-20240620-v1:0"

  guardrail_configuration {
    guardrail_identifier = "" # want: AWS-BR-002 col 28
    guardrail_version    = "1"
  }
}
