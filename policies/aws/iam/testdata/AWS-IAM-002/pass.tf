variable "policy" {}

resource "aws_iam_role_policy" "inference" {
  role = "inference"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["bedrock:InvokeModel"], Resource = "arn:aws:bedrock:eu-west-1::foundation-model/*" },
      { Effect = "Allow", Action = ["s3:GetObject", "s3:ListBucket"], Resource = "*" },
      { Effect = "Allow", Action = "cloudwatch:PutMetricData", Resource = "*" },
      { Effect = "Deny", NotAction = "s3:*", Resource = "*" },
    ]
  })
}

resource "aws_iam_group_policy" "unknown" {
  group  = "ops"
  policy = var.policy
}
