variable "role_arn" {}

resource "aws_iam_role_policy" "pipeline" {
  role = "pipeline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Action    = "iam:PassRole"
        Resource  = "arn:aws:iam::123456789012:role/sagemaker-exec"
        Condition = { StringEquals = { "iam:PassedToService" = "sagemaker.amazonaws.com" } }
      },
      { Effect = "Allow", Action = "iam:CreatePolicyVersion", Resource = "arn:aws:iam::123456789012:policy/app-*" },
      { Effect = "Deny", Action = "iam:PassRole", Resource = "*" },
    ]
  })
}

variable "service" {}
variable "conditions" {}

# Unknown until apply: the role and service, or the whole condition.
resource "aws_iam_policy" "unknown" {
  policy = jsonencode({
    Statement = [
      {
        Effect    = "Allow"
        Action    = "iam:PassRole"
        Resource  = var.role_arn
        Condition = { StringEquals = { "iam:PassedToService" = var.service } }
      },
      { Effect = "Allow", Action = "iam:PassRole", Resource = var.role_arn, Condition = var.conditions },
    ]
  })
}
