import numpy as np
from tensorflow.keras.datasets import cifar10
from tensorflow.keras.preprocessing.image import ImageDataGenerator

(x_train, y_train), (x_test, y_test) = cifar10.load_data()
train_gen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True, horizontal_flip=True)
train_gen.fit(x_train)
test_gen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True)
test_gen.mean, test_gen.std = train_gen.mean, train_gen.std

model = build_resnet()
model.fit(train_gen.flow(x_train, y_train, batch_size=64), epochs=50)
model.evaluate(test_gen.flow(x_test, y_test, batch_size=64, shuffle=False))
