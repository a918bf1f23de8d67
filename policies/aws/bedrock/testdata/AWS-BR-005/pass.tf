variable "key" {}

resource "aws_kms_key" "ai" {
  enable_key_rotation = true
}

resource "aws_bedrockagent_agent" "support" {
  agent_name                  = "support"
  agent_resource_role_arn     = "arn:aws:iam::123456789012:role/agent"
  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
  customer_encryption_key_arn = aws_kms_key.ai.arn
}

resource "aws_bedrock_guardrail" "chat" {
  name                      = "chat"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."
  kms_key_arn               = var.key
}
