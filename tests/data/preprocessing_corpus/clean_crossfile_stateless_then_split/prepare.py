import numpy as np

images = np.load("raw_images.npy").astype("float32") / 255.0
np.save("images_01.npy", images)
