resource "aws_iam_role" "sagemaker" {
  name                = "sagemaker-exec"
  assume_role_policy  = "{}"
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonSageMakerFullAccess", "arn:aws:iam::aws:policy/AdministratorAccess"] # want: AWS-IAM-003 col 79
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.sagemaker.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # want: AWS-IAM-003 col 16
}

resource "aws_iam_group_policy_attachment" "gov" {
  group      = "ops"
  policy_arn = "arn:aws-us-gov:iam::aws:policy/AdministratorAccess" # want: AWS-IAM-003 col 16
}
