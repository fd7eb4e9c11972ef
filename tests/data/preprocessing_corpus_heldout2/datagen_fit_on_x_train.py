import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow.keras.preprocessing.image import ImageDataGenerator

images = np.load("xray_128.npy").astype("float32")[..., None]
labels = np.load("xray_labels.npy")
x_train, x_val, y_train, y_val = train_test_split(images, labels, test_size=0.2, stratify=labels, random_state=0)

train_gen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True, horizontal_flip=True)
train_gen.fit(x_train)
val_gen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True)
val_gen.mean, val_gen.std = train_gen.mean, train_gen.std
train_flow = train_gen.flow(x_train, y_train, batch_size=32)
val_flow = val_gen.flow(x_val, y_val, batch_size=32, shuffle=False)
print(len(train_flow), len(val_flow))
