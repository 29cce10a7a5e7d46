CONVS = []
