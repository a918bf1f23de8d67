resource "aws_iam_role_policy" "pipeline" {
  role = "pipeline"
  policy = jsonencode({ # want: AWS-IAM-004, AWS-IAM-004
    Version = "2012-10-17"
    Statement = [
      { Sid = "PassAny", Effect = "Allow", Action = "iam:PassRole", Resource = "*" },
      { Sid = "PassNoService", Effect = "Allow", Action = "iam:Pass*", Resource = "arn:aws:iam::123456789012:role/sagemaker-exec" },
    ]
  })
}

resource "aws_iam_policy" "escalate" {
  policy = jsonencode({ # want: AWS-IAM-004
    Statement = [{ Effect = "Allow", Action = ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion"], Resource = "*" }]
  })
}
