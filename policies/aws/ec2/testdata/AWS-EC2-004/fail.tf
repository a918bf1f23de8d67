resource "aws_instance" "trainer" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "g5.xlarge"
  user_data     = "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\npython train.py\n" # want: AWS-EC2-004 col 19
}

resource "aws_launch_template" "nodes" {
  name      = "gpu-nodes"
  user_data = base64encode("#!/bin/bash\necho 'AKIAIOSFODNN7EXAMPLE' > /etc/key\n") # want: AWS-EC2-004 col 15
}
