variable "log_group" {}

resource "aws_bedrock_model_invocation_logging_configuration" "cloudwatch" {
  logging_config {
    text_data_delivery_enabled = true

    cloudwatch_config {
      log_group_name = var.log_group
      role_arn       = "arn:aws:iam::123456789012:role/bedrock-logging"
    }
  }
}

resource "aws_bedrock_guardrail" "chat" {
  name                      = "chat"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."
}
