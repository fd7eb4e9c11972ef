import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow.keras.preprocessing.image import ImageDataGenerator

X = np.load("xray_images.npy")
y = np.load("xray_labels.npy")

datagen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True,
                             rotation_range=10, horizontal_flip=True)
datagen.fit(X)

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.15, random_state=0)
model = build_model()
model.fit(datagen.flow(X_train, y_train, batch_size=32), validation_data=datagen.flow(X_val, y_val), epochs=30)
