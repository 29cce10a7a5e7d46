EXTRA = []
